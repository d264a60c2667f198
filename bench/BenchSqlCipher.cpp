// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// What encryption costs: the same workload (the wallet schema, storing 10,000 parsed credentials with full-text
/// indexing, listing them, searching) on a SQLCipher database keyed as a wallet is, and on a database the same
/// SQLCipher library opens without a key. Both run the same SQLite engine, build options and statements, so the
/// difference is SQLCipher's page encryption and authentication alone; Debian's own libsqlite3 cannot be linked
/// into the same program (the two export the same symbols), and a different SQLite version would measure more
/// than encryption.

#include "bench/BenchCommands.h"
#include "bench/BenchSupport.h"
#include "core/crypto/SecretBytes.h"
#include "core/formats/FormatRegistry.h"
#include "core/store/CredentialRepository.h"
#include "core/store/Migrations.h"
#include "core/store/SqlCipherDatabase.h"

#include <QTemporaryDir>

namespace ler::bench {

namespace {

struct Workload
{
    double storeMs = 0; ///< CPU time: storing waits mostly on the disk's fsync, which encryption does not change
    double listMs = 0;
    double searchMs = 0;
};

Result<Workload> run(store::SqlCipherDatabase& db, const QList<formats::ImportBatch>& batches)
{
    if (auto s = store::migrate(db); !s) {
        return s.error();
    }
    store::CredentialRepository repository(db);
    Workload w;
    Result<store::ImportReport> stored = Error();
    const double cpuStart = cpuSeconds();
    (void)millisecondsOf([&] {
        store::ImportManyOptions options;
        options.commitEvery = 1000;
        stored = repository.importMany(
            int(batches.size()),
            [&](int i) {
                store::LoadedInput in;
                in.file = QStringLiteral("badge-%1.json").arg(i);
                in.source = QStringLiteral("bench");
                in.batch = batches.at(i);
                return in;
            },
            options);
    });
    w.storeMs = (cpuSeconds() - cpuStart) * 1000.0;
    if (!stored) {
        return stored.error();
    }
    if (stored->count(store::ImportStatus::Imported) != batches.size()) {
        return Error(ErrorCode::Internal, stored->summary());
    }
    for (int round = 0; round < 3; ++round) {
        double ms = millisecondsOf([&] { (void)repository.list(); });
        w.listMs = round == 0 ? ms : std::min(w.listMs, ms);
    }
    const QStringList searches { QStringLiteral("python"),
        QStringLiteral("welding advanced"),
        QStringLiteral("riverside"),
        QStringLiteral("zzyzx") };
    w.searchMs = millisecondsOf([&] {
        for (int round = 0; round < 20; ++round) {
            for (const QString& words : searches) {
                (void)repository.search(words);
            }
        }
    }) / (20.0 * double(searches.size()));
    return w;
}

} // namespace

int benchSqlCipher(const Args&)
{
    note(QStringLiteral("parsing %1 credentials (not measured)...").arg(kWalletRecords));
    formats::FormatRegistry registry;
    QList<formats::ImportBatch> batches;
    for (int i = 0; i < kWalletRecords; ++i) {
        auto batch = registry.import(syntheticCredential(i), QStringLiteral("badge.json"));
        if (!batch) {
            return fail(batch.error().message.untranslated());
        }
        batches.append(*batch);
    }
    QTemporaryDir dir;
    // Plain first, so anything keying leaves behind in the process (SQLCipher's memory settings are global to it)
    // is paid for by the encrypted figures only.
    auto plain = store::SqlCipherDatabase::createUnencryptedForBenchmark(dir.filePath(QStringLiteral("plain.db")));
    if (!plain) {
        return fail(QStringLiteral("cannot create the plain database"));
    }
    auto withoutKey = run(**plain, batches);
    auto encrypted = store::SqlCipherDatabase::open(dir.filePath(QStringLiteral("encrypted.db")),
        crypto::SecretBytes::random(32),
        store::CipherSettings {},
        store::SqlCipherDatabase::Mode::Create);
    if (!encrypted) {
        return fail(QStringLiteral("cannot create the encrypted database"));
    }
    auto withKey = run(**encrypted, batches);
    if (!withKey || !withoutKey) {
        return fail(
            QStringLiteral("the workload failed: %1")
                .arg(withKey ? withoutKey.error().message.untranslated() : withKey.error().message.untranslated()));
    }
    emitFigure(
        QStringLiteral("sqlcipher-store-10000"), withKey->storeMs, QStringLiteral("ms CPU"), withoutKey->storeMs);
    emitFigure(QStringLiteral("sqlcipher-list-10000"), withKey->listMs, QStringLiteral("ms"), withoutKey->listMs);
    emitFigure(QStringLiteral("sqlcipher-search-10000"), withKey->searchMs, QStringLiteral("ms"), withoutKey->searchMs);
    return 0;
}

} // namespace ler::bench
