// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Importing 1,000 Open Badges 3.0 credentials, each signed (eddsa-rdfc-2022, did:key issuer) and checked offline
/// right after storing, through the same session::importAndVerify as `ler-wallet-cli import` and the app
/// (detection, parsing, normalizing, storing with full-text indexing in batches, then verifying each new credential).
/// Measured in CPU seconds, against parsing the same 1,000 credentials alone.

#include "bench/BenchCommands.h"
#include "bench/BenchSupport.h"
#include "core/formats/FormatRegistry.h"
#include "core/session/ImportFlow.h"
#include "core/session/ImportService.h"
#include "core/store/Wallet.h"
#include "core/verify/WalletVerification.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ler::bench {

namespace {

constexpr int kCredentials = 1000;

/// kCredentials distinct credentials signed by one did:key issuer (signing is not measured).
Result<QList<session::ImportInput>> signedInputs()
{
    const BenchIssuer issuer;
    QList<session::ImportInput> inputs;
    for (int i = 0; i < kCredentials; ++i) {
        auto issued = issuer.issue(QJsonDocument::fromJson(syntheticCredential(i)).object());
        if (!issued) {
            return issued.error();
        }
        inputs.append(session::ImportInput::data(QJsonDocument(*issued).toJson(QJsonDocument::Compact),
            QStringLiteral("bench"),
            QStringLiteral("badge-%1.json").arg(i)));
    }
    return inputs;
}

} // namespace

int benchImport(const Args&)
{
    note(QStringLiteral("signing %1 credentials (not measured)...").arg(kCredentials));
    auto inputs = signedInputs();
    if (!inputs) {
        return fail(inputs.error().message.untranslated());
    }
    QTemporaryDir dir;
    auto created = store::Wallet::create(
        dir.filePath(QStringLiteral("wallet")), kPassphrase, crypto::KdfParams::cheapForTests());
    if (!created) {
        return fail(created.error().message.untranslated());
    }

    // The baseline: detecting and parsing the same credentials, nothing stored or checked.
    const double parseStart = cpuSeconds();
    {
        formats::FormatRegistry registry;
        for (const session::ImportInput& in : std::as_const(*inputs)) {
            if (!registry.import(in.bytes, in.fileName)) {
                return fail(QStringLiteral("a generated credential does not parse"));
            }
        }
    }
    const double parseCpu = cpuSeconds() - parseStart;

    QElapsedTimer wall;
    wall.start();
    const double start = cpuSeconds();
    auto report = session::importAndVerify(created->wallet->database(), *inputs);
    if (!report || report->count(store::ImportStatus::Imported) != kCredentials) {
        return fail(QStringLiteral("import failed: %1")
                        .arg(report ? report->summary().untranslated() : report.error().message.untranslated()));
    }
    verify::WalletVerification reports(created->wallet->database());
    int verified = 0;
    for (const auto& o : report->outcomes) {
        const auto stored = reports.latest(o.id);
        verified += stored && *stored && (*stored)->outcome == verify::outcomeName(verify::Outcome::Verified) ? 1 : 0;
    }
    const double cpu = cpuSeconds() - start;
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    if (verified != kCredentials) {
        return fail(QStringLiteral("only %1 of %2 credentials verified").arg(verified).arg(kCredentials));
    }
    note(QStringLiteral("%1 credentials imported and verified in %2 s (wall clock), %3 commits")
             .arg(kCredentials)
             .arg(wallSeconds, 0, 'f', 3)
             .arg(report->commits));
    emitFigure(QStringLiteral("import-1000-verified"), cpu, QStringLiteral("s CPU"), parseCpu);
    emitFigure(QStringLiteral("import-rate"),
        kCredentials / wallSeconds,
        QStringLiteral("credentials/s"),
        kCredentials / parseCpu);

    // Checking the same stored credentials again, their reports committed one by one (as before batching) and a
    // hundred to a commit (as import and "check all" do now); the ratio is what batching saves.
    QStringList ids;
    for (const auto& o : report->outcomes)
        ids.append(o.id);
    const auto reverify = [&](int perCommit) -> double {
        const double begin = cpuSeconds();
        auto n = reports.verifyMany(ids, {}, perCommit);
        return n && *n == kCredentials ? cpuSeconds() - begin : -1;
    };
    const double oneEach = reverify(1);
    const double batched = reverify(100);
    if (oneEach < 0 || batched < 0) {
        return fail(QStringLiteral("checking the stored credentials again failed"));
    }
    emitFigure(QStringLiteral("reverify-1000-batched"), batched, QStringLiteral("s CPU"), oneEach);
    return 0;
}

} // namespace ler::bench
