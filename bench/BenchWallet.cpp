// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// A wallet of 10,000 records: unlocking it (without the key derivation, which is a chosen cost), opening and
/// listing it, searching it, and the memory all of that takes.

#include "bench/BenchCommands.h"
#include "bench/BenchSupport.h"
#include "core/crypto/Kdf.h"
#include "core/store/CredentialRepository.h"
#include "core/store/KeyFile.h"
#include "core/store/Wallet.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>

namespace ler::bench {

namespace {

/// What a person types into the search field: single words, two words, prefixes, and a word that is nowhere.
const QStringList kSearches { QStringLiteral("python"),
    QStringLiteral("welding advanced"),
    QStringLiteral("lead"),
    QStringLiteral("riverside"),
    QStringLiteral("customer service capstone"),
    QStringLiteral("4242"),
    QStringLiteral("zzyzx") };

/// Argon2id at the cost the product would pick on this computer, in milliseconds.
double productKdfMs()
{
    const crypto::KdfParams params = crypto::KdfParams::calibrate();
    return millisecondsOf([&] { (void)crypto::deriveKey(kPassphrase, params); });
}

/// Argon2id at the cost the bench wallets use (the cheapest), which open() spends before anything else.
double cheapKdfMs()
{
    const crypto::KdfParams params = crypto::KdfParams::cheapForTests().withNewSalt();
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
        best = std::min(best, millisecondsOf([&] { (void)crypto::deriveKey(kPassphrase, params); }));
    }
    return best;
}

} // namespace

int benchMakeWallet(const Args& args)
{
    const QString dir = args.positional.value(0);
    if (dir.isEmpty()) {
        return fail(QStringLiteral("make-wallet needs a folder"));
    }
    const int count = args.value(QStringLiteral("records"), QString::number(kWalletRecords)).toInt();
    if (auto s = makeWallet(dir, count); !s) {
        return fail(s.error().message.untranslated());
    }
    note(QStringLiteral("wallet of %1 records made in %2 (passphrase \"%3\")").arg(count).arg(dir, kPassphrase));
    return 0;
}

int benchUnlock(const Args& args)
{
    auto wallet = BenchWallet::fromArgs(args);
    if (!wallet) {
        return fail(wallet.error().message.untranslated());
    }
    const double kdf = cheapKdfMs();
    // Usable: the key file read and opened, the database keyed and checked, and the records counted.
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
        bool ok = false;
        const double ms = millisecondsOf([&] {
            auto open = store::Wallet::open(wallet->dir(), kPassphrase);
            ok = open && store::CredentialRepository((*open)->database()).count().ok();
        });
        if (!ok) {
            return fail(QStringLiteral("the wallet does not open"));
        }
        best = std::min(best, ms);
    }
    emitFigure(QStringLiteral("unlock-to-usable"), std::max(0.0, best - kdf), QStringLiteral("ms"), productKdfMs());
    return 0;
}

int benchList(const Args& args)
{
    auto wallet = BenchWallet::fromArgs(args);
    if (!wallet) {
        return fail(wallet.error().message.untranslated());
    }
    const double kdf = cheapKdfMs();
    double openAndList = 1e9;
    double listOnly = 1e9;
    double bareRows = 1e9;
    for (int i = 0; i < 5; ++i) {
        std::unique_ptr<store::Wallet> open;
        const double openMs = millisecondsOf([&] {
            auto opened = store::Wallet::open(wallet->dir(), kPassphrase);
            if (opened) {
                open = std::move(*opened);
            }
        });
        if (!open) {
            return fail(QStringLiteral("the wallet does not open"));
        }
        store::CredentialRepository repository(open->database());
        qsizetype listed = 0;
        const double listMs = millisecondsOf([&] {
            auto list = repository.list();
            listed = list ? list->size() : 0;
        });
        if (listed < kWalletRecords) {
            return fail(QStringLiteral("listed %1 records, expected %2").arg(listed).arg(kWalletRecords));
        }
        // The floor: the same rows' id, title and issuer read in one plain query.
        bareRows = std::min(bareRows, millisecondsOf([&] {
            (void)open->database().query(QStringLiteral("SELECT id, title, issuer_name FROM credentials"));
        }));
        openAndList = std::min(openAndList, std::max(0.0, openMs - kdf) + listMs);
        listOnly = std::min(listOnly, listMs);
    }
    emitFigure(QStringLiteral("open-and-list-10000"), openAndList, QStringLiteral("ms"), listOnly);
    emitFigure(QStringLiteral("list-10000"), listOnly, QStringLiteral("ms"), bareRows);
    return 0;
}

int benchSearch(const Args& args)
{
    auto wallet = BenchWallet::fromArgs(args);
    if (!wallet) {
        return fail(wallet.error().message.untranslated());
    }
    auto open = store::Wallet::open(wallet->dir(), kPassphrase);
    if (!open) {
        return fail(open.error().message.untranslated());
    }
    store::CredentialRepository repository((*open)->database());
    (void)repository.search(QStringLiteral("warm"));
    constexpr int kRounds = 20;
    double total = 0;
    double worst = 0;
    double fts = 0;
    for (const QString& words : kSearches) {
        double these = 0;
        qsizetype found = 0;
        for (int i = 0; i < kRounds; ++i) {
            bool ok = false;
            const double ms = millisecondsOf([&] {
                auto result = repository.search(words);
                ok = result.ok();
                found = ok ? result->size() : 0;
            });
            if (!ok) {
                return fail(QStringLiteral("search failed"));
            }
            these += ms;
            worst = std::max(worst, ms);
        }
        total += these;
        note(QStringLiteral("search \"%1\": %2 ms mean, %3 shown")
                 .arg(words)
                 .arg(these / kRounds, 0, 'f', 2)
                 .arg(found));
        // The full-text index alone: the same words as prefixes, counted without building any summary.
        QStringList terms;
        for (const QString& w : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            terms.append(QStringLiteral("\"%1\"*").arg(w));
        }
        for (int i = 0; i < kRounds; ++i) {
            fts += millisecondsOf([&] {
                (void)(*open)->database().scalar(
                    QStringLiteral("SELECT count(*) FROM credentials_fts WHERE credentials_fts MATCH ?1"),
                    { terms.join(QLatin1Char(' ')) });
            });
        }
    }
    const double searches = double(kSearches.size() * kRounds);
    emitFigure(QStringLiteral("search-10000"), total / searches, QStringLiteral("ms"), fts / searches);
    emitFigure(QStringLiteral("search-10000-worst"), worst, QStringLiteral("ms"), fts / searches);
    return 0;
}

int benchRss(const Args& args)
{
    // The wallet is made by a child process so that making it does not count towards this process's peak.
    QString dir = args.value(QStringLiteral("wallet"));
    QTemporaryDir temp;
    if (dir.isEmpty()) {
        dir = temp.filePath(QStringLiteral("wallet"));
        note(QStringLiteral("making a wallet of %1 records in a child process (not measured)...").arg(kWalletRecords));
        const int rc
            = QProcess::execute(QCoreApplication::applicationFilePath(), { QStringLiteral("make-wallet"), dir });
        if (rc != 0) {
            return fail(QStringLiteral("make-wallet failed"));
        }
    }
    const double before = peakRssMiB();
    auto open = store::Wallet::open(dir, kPassphrase);
    if (!open) {
        return fail(open.error().message.untranslated());
    }
    store::CredentialRepository repository((*open)->database());
    auto list = repository.list();
    if (!list || list->size() < kWalletRecords) {
        return fail(QStringLiteral("the wallet does not list"));
    }
    for (const QString& words : kSearches) {
        (void)repository.search(words);
    }
    for (int i = 0; i < 100; ++i) {
        (void)repository.get(list->at(i * (list->size() / 100)).id);
    }
    emitFigure(QStringLiteral("peak-rss-10000"), peakRssMiB(), QStringLiteral("MiB"), before);
    return 0;
}

} // namespace ler::bench
