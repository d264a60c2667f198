// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/ImportFlow.h"

#include "core/net/Fetcher.h"
#include "core/store/WalletSettings.h"
#include "core/verify/WalletVerification.h"

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
    store::ImportManyOptions storing;
    storing.policy = options.policy;
    storing.cancel = options.cancel;
    storing.progress = options.progress;
    storing.committed = options.committed;
    auto report = service.run(inputs, storing);
    if (!report)
        return report.error();

    QList<store::ImportOutcome*> stored;
    for (store::ImportOutcome& o : report->outcomes) {
        if ((o.status == store::ImportStatus::Imported || o.status == store::ImportStatus::Updated) && !o.id.isEmpty())
            stored.append(&o);
    }
    verify::WalletVerification checker(db);
    checker.setFetcher(fetcher);
    QStringList ids;
    for (const store::ImportOutcome* o : std::as_const(stored))
        ids.append(o->id);
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    if (!ids.isEmpty() && !cancelled()) {
        if (options.checking)
            options.checking(0, int(ids.size()), stored.constFirst()->file);
        // The reports are stored a batch at a time; a crash loses at most a batch of reports, never a record, and
        // the records they belong to show as not yet checked.
        constexpr int kPerCommit = 100;
        qsizetype seen = 0;
        auto checked = checker.verifyMany(
            ids,
            [&](qsizetype i, const Result<verify::Report>& result) {
                seen = i + 1;
                if (!result) {
                    stored.at(i)->note = tx("ler::session",
                        "Imported, but it could not be checked now (%1). Check it again from the record.")
                                             .arg(result.error().message);
                }
                if (options.checking && i + 1 < ids.size())
                    options.checking(int(i + 1), int(ids.size()), stored.at(i + 1)->file);
                return !cancelled();
            },
            kPerCommit);
        if (!checked) {
            // The records are stored; the reports of the unfinished batch are not. Those records say so, as for
            // one failed check (the batch before it may be named too: better told twice than not at all).
            const qsizetype from = seen > 0 ? ((seen - 1) / kPerCommit) * kPerCommit : 0;
            for (qsizetype i = from; i < stored.size(); ++i) {
                store::ImportOutcome* o = stored.at(i);
                if (o->note.isEmpty())
                    o->note = tx("ler::session",
                        "Imported, but it could not be checked now (%1). Check it again from the record.")
                                  .arg(checked.error().message);
            }
        }
    }
    if (options.checking && !stored.isEmpty())
        options.checking(int(stored.size()), int(stored.size()), {});
    return report;
}

} // namespace ler::session
