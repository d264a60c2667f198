// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/ImportFlow.h"

#include "core/net/Fetcher.h"
#include "core/store/WalletSettings.h"
#include "core/verify/WalletVerification.h"

#include <QHash>
#include <utility>

namespace ler::session {

bool networkUsable(store::SqlCipherDatabase& db, const net::Fetcher* fetcher)
{
    return fetcher && fetcher->isOnline() && store::WalletSettings(db).networkAllowed();
}

Result<store::ImportReport> importAndVerify(
    store::SqlCipherDatabase& db, const QList<session::ImportInput>& inputs, const ImportFlowOptions& options)
{
    const net::Fetcher* fetcher = networkUsable(db, options.fetcher) ? options.fetcher : nullptr;
    formats::ResourceFetcher fetch;
    if (fetcher) {
        fetch = [fetcher](const QUrl& url) -> Result<QByteArray> {
            auto r = fetcher->fetch(url, QByteArrayLiteral("application/ld+json, application/json"));
            if (!r)
                return r.error();
            return r->body;
        };
    }
    session::ImportService service(db, fetch);
    verify::WalletVerification checker(db);
    checker.setFetcher(fetcher);
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    const auto cannotCheck = [](const Text& why) {
        return tx("ler::session", "Imported, but it could not be checked now (%1). Check it again from the record.")
            .arg(why);
    };

    // Each commit's credentials are checked as soon as it is made, from the items the import parsed: nothing is
    // read back and parsed again, and no more than a commit's worth of items is held. The reports of a commit are
    // stored in one transaction; a crash loses at most those, never a record, and the records show as not yet
    // checked.
    QList<verify::ImportedCredential> pending;
    QStringList pendingFiles;
    QHash<QString, Text> notes; // wallet id -> why it was not checked
    int stored = 0;
    int checked = 0;
    const auto checkPending = [&] {
        const QList<verify::ImportedCredential> batch = std::exchange(pending, {});
        const QStringList files = std::exchange(pendingFiles, {});
        if (batch.isEmpty() || cancelled())
            return;
        if (options.checking)
            options.checking(checked, stored, files.constFirst());
        auto done = checker.verifyImported(
            batch,
            [&](qsizetype i, const Result<verify::Report>& result) {
                ++checked;
                if (!result)
                    notes.insert(batch.at(i).id, cannotCheck(result.error().message));
                if (options.checking && i + 1 < batch.size())
                    options.checking(checked, stored, files.at(i + 1));
                return !cancelled();
            },
            int(batch.size()));
        if (!done) {
            // The batch's reports were rolled back together: each of its records says so.
            for (const verify::ImportedCredential& c : batch) {
                if (!notes.contains(c.id))
                    notes.insert(c.id, cannotCheck(done.error().message));
            }
        }
    };

    store::ImportManyOptions storing;
    storing.policy = options.policy;
    storing.commitEvery = options.commitEvery;
    storing.cancel = options.cancel;
    storing.progress = options.progress;
    storing.stored = [&](const store::StoredItem& item) {
        if (item.outcome.id.isEmpty())
            return;
        ++stored;
        pending.append({ item.outcome.id, item.item, item.formatId, item.source });
        pendingFiles.append(item.outcome.file);
    };
    storing.committed = [&](const QList<store::ImportOutcome>& outcomes) {
        if (options.committed)
            options.committed(outcomes);
        checkPending();
    };
    auto report = service.run(inputs, storing);
    if (!report)
        return report.error();
    for (store::ImportOutcome& o : report->outcomes) {
        if ((o.status == store::ImportStatus::Imported || o.status == store::ImportStatus::Updated)
            && notes.contains(o.id))
            o.note = notes.value(o.id);
    }
    if (options.checking && stored > 0)
        options.checking(stored, stored, {});
    return report;
}

} // namespace ler::session
