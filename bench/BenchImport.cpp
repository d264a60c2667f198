// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Credentials imported per second: 1,000 distinct Open Badges 3.0 credentials (one sample with its id and name
/// changed) go through ImportService (format detection, parsing, normalizing, storing with full-text indexing)
/// into a fresh encrypted wallet, committed in batches. Key derivation is excluded: the wallet uses test costs.

#include "core/formats/FormatRegistry.h"
#include "core/store/ImportService.h"
#include "core/store/Wallet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace ler;

namespace {

constexpr int kCredentials = 1000;

QList<store::ImportInput> makeInputs()
{
    QFile f(QStringLiteral(LER_BENCH_DATA "/openbadges3/valid/simple.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject sample = QJsonDocument::fromJson(f.readAll()).object();
    QList<store::ImportInput> inputs;
    for (int i = 0; i < kCredentials; ++i) {
        QJsonObject o = sample;
        o.insert(QStringLiteral("id"),
            QStringLiteral("urn:uuid:6f1c0000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        o.insert(QStringLiteral("name"), QStringLiteral("Teamwork Badge %1").arg(i));
        inputs.append(store::ImportInput::data(
            QJsonDocument(o).toJson(), QStringLiteral("bench"), QStringLiteral("badge-%1.json").arg(i)));
    }
    return inputs;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QList<store::ImportInput> inputs = makeInputs();
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "sample credential missing\n");
        return 1;
    }
    QTemporaryDir dir;
    auto created = store::Wallet::create(dir.path(), "bench passphrase", crypto::KdfParams::cheapForTests());
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    // Parsing alone, for comparison: what the import costs beyond it is storing and indexing.
    QElapsedTimer parseTimer;
    parseTimer.start();
    formats::FormatRegistry registry;
    for (const store::ImportInput& in : inputs) {
        if (!registry.import(in.bytes, in.fileName)) {
            std::fprintf(stderr, "sample does not parse\n");
            return 1;
        }
    }
    const double parseSeconds = double(parseTimer.nsecsElapsed()) / 1e9;
    store::ImportService service(created->wallet->database());
    store::ImportManyOptions options;
    QElapsedTimer timer;
    timer.start();
    auto report = service.run(inputs, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report || report->count(store::ImportStatus::Imported) != kCredentials) {
        std::fprintf(
            stderr, "import failed: %s\n", report ? qPrintable(report->summary()) : qPrintable(report.error().message));
        return 1;
    }
    std::printf("imported %d Open Badges 3.0 credentials in %.3f s: %.0f credentials/s, batch size %d, %d commits\n",
        kCredentials,
        seconds,
        kCredentials / seconds,
        options.commitEvery,
        report->commits);
    std::printf("parsing alone: %.3f s (%.0f credentials/s)\n", parseSeconds, kCredentials / parseSeconds);
    return 0;
}
