// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/verify/VerifyController.h"

#include "core/net/Fetcher.h"
#include "core/session/ImportFlow.h"
#include "core/session/WalletSession.h"
#include "core/verify/WalletVerification.h"
#include "ui/common/TaskProgress.h"
#include "ui/text/Render.h"

#include <QMessageBox>
#include <QPointer>
#include <atomic>

namespace ler::ui {

VerifyController::VerifyController(session::WalletSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

const net::Fetcher* VerifyController::allowedFetcher(store::Wallet& wallet, const net::Fetcher& fetcher)
{
    return session::networkUsable(wallet.database(), &fetcher) ? &fetcher : nullptr;
}

void VerifyController::verifyOne(const QString& id)
{
    if (m_busy || id.isEmpty() || !m_session.wallet()) {
        return;
    }
    m_busy = true;
    auto fetcher = std::make_shared<net::Fetcher>();
    m_session.runTask(
        [id, fetcher](store::Wallet& wallet) -> Status {
            verify::WalletVerification wv(wallet.database());
            wv.setFetcher(allowedFetcher(wallet, *fetcher));
            auto report = wv.verifyCredential(id);
            return report ? Status() : Status(report.error());
        },
        this,
        [this](const Status& s) {
            m_busy = false;
            if (!s) {
                QMessageBox::warning(m_window, tr("Check"), ler::text::render(s.error()));
            }
            Q_EMIT verified();
        });
}

void VerifyController::verifyAll()
{
    if (m_busy || !m_session.wallet()) {
        return;
    }
    m_busy = true;
    auto progress = std::make_shared<TaskProgress>(
        this, m_window, tr("Check all records"), tr("Checking your records..."), QStringLiteral("verifyProgress"));
    auto fetcher = std::make_shared<net::Fetcher>();
    auto count = std::make_shared<int>(0);
    m_session.runTask(
        [fetcher, report = progress->progress(), cancel = progress->cancel(), count](store::Wallet& wallet) -> Status {
            verify::WalletVerification wv(wallet.database());
            wv.setFetcher(allowedFetcher(wallet, *fetcher));
            auto n = wv.verifyAll(report, cancel.get());
            if (!n) {
                return n.error();
            }
            *count = *n;
            return {};
        },
        this,
        [this, progress, count](const Status& s) {
            m_busy = false;
            progress->close();
            const bool stopped = progress->cancelled();
            if (!s) {
                QMessageBox::warning(m_window, tr("Check all records"), ler::text::render(s.error()));
            } else if (stopped) {
                QMessageBox::information(m_window,
                    tr("Check all records"),
                    tr("Stopped after %n record(s); their results are kept.", nullptr, *count));
            }
            Q_EMIT verified();
        });
}

} // namespace ler::ui
