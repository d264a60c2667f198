// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/ImportFlow.h"

#include "core/net/Fetcher.h"
#include "core/store/WalletSettings.h"
#include "core/verify/WalletVerification.h"

#include <QCoreApplication>

namespace ler::session {

bool networkUsable(store::SqlCipherDatabase& db, const net::Fetcher* fetcher)
{
    return fetcher && fetcher->isOnline() && store::WalletSettings(db).networkAllowed();
}

Result<store::ImportReport> importAndVerify(
    store::SqlCipherDatabase& db, const QList<store::ImportInput>& inputs, const ImportFlowOptions& options)
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
    store::ImportService service(db, fetch);
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
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (options.cancel && options.cancel->load())
            break;
        if (options.checking)
            options.checking(int(i), int(stored.size()), stored.at(i)->file);
        auto checked = checker.verifyCredential(stored.at(i)->id);
        if (!checked) {
            stored.at(i)->note = QCoreApplication::translate(
                "ler::session", "Imported, but it could not be checked now (%1). Check it again from the record.")
                                     .arg(checked.error().message);
        }
    }
    if (options.checking && !stored.isEmpty())
        options.checking(int(stored.size()), int(stored.size()), {});
    return report;
}

} // namespace ler::session
