// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"

#include "core/backup/BackupReader.h"
#include "core/backup/Restore.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Log.h"

#include <QMutex>
#include <QPointer>
#include <QQueue>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

namespace ler::session {

/// One thread that runs the session's tasks one after another. Not an event loop: a task that waits in a local
/// event loop (a network fetch) cannot start the next task inside it.
class WalletSession::Worker : public QThread
{
public:
    void post(std::function<void()> job)
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.enqueue(std::move(job));
        m_wake.wakeOne();
    }
    /// Runs what was posted before, then ends the thread.
    void finish()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_finishing = true;
            m_wake.wakeOne();
        }
        wait();
    }

protected:
    void run() override
    {
        for (;;) {
            std::function<void()> job;
            {
                QMutexLocker lock(&m_mutex);
                while (m_jobs.isEmpty() && !m_finishing) {
                    m_wake.wait(&m_mutex);
                }
                if (m_jobs.isEmpty()) {
                    return;
                }
                job = m_jobs.dequeue();
            }
            job();
        }
    }

private:
    QMutex m_mutex;
    QWaitCondition m_wake;
    QQueue<std::function<void()>> m_jobs;
    bool m_finishing = false;
};

WalletSession::WalletSession(QObject* parent)
    : QObject(parent)
    , m_dir(store::Wallet::defaultLocation())
    , m_worker(std::make_unique<Worker>())
{
    qRegisterMetaType<ler::Error>("ler::Error");
    m_worker->setObjectName(QStringLiteral("ler-wallet-worker"));
    m_worker->start();
}

WalletSession::~WalletSession()
{
    ++m_generation;
    // Tasks already queued finish first (they may be saving something); then the worker stops.
    m_worker->finish();
    // An unlock may still be deriving its key on the pool.
    QThreadPool::globalInstance()->waitForDone();
    closeWallet();
}

void WalletSession::closeWallet()
{
    if (m_wallet) {
        // Handed back to this thread for closing: no task runs any more.
        m_wallet->database().setOwnerThread(nullptr);
    }
    m_wallet.reset();
}

void WalletSession::setDirectory(const QString& dir)
{
    if (dir == m_dir) {
        return;
    }
    lock();
    m_dir = dir;
}

bool WalletSession::walletExists() const
{
    return store::Wallet::existsAt(m_dir);
}

void WalletSession::unlock(const QString& passphrase)
{
    auto secret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromText(passphrase));
    const QString dir = m_dir;
    run(
        [dir, secret]() -> Result<store::Wallet::Creation> {
            auto w = store::Wallet::open(dir, secret->view());
            secret->clear();
            if (!w) {
                return w.error();
            }
            return store::Wallet::Creation { std::move(w).value(), {} };
        },
        false);
}

void WalletSession::unlockWithRecoveryCode(const QString& code)
{
    // The code travels to the worker in secure memory, never as a QString captured by the job.
    auto secret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromText(code));
    const QString dir = m_dir;
    run(
        [dir, secret]() -> Result<store::Wallet::Creation> {
            auto w = store::Wallet::openWithRecoveryCode(dir, secret->view());
            secret->clear();
            if (!w) {
                return w.error();
            }
            return store::Wallet::Creation { std::move(w).value(), {} };
        },
        false);
}

void WalletSession::create(const QString& passphrase, std::function<crypto::KdfParams()> cost)
{
    auto secret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromText(passphrase));
    const QString dir = m_dir;
    run(
        [dir, secret, cost]() {
            auto result = store::Wallet::create(dir, secret->view(), cost());
            secret->clear();
            return result;
        },
        true);
}

void WalletSession::restoreBackup(const QString& backupFile,
    const QString& backupPassphrase,
    const QString& walletPassphrase,
    std::function<crypto::KdfParams()> cost)
{
    auto backupSecret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromText(backupPassphrase));
    auto walletSecret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromText(walletPassphrase));
    const QString dir = m_dir;
    run(
        [dir, backupFile, backupSecret, walletSecret, cost]() -> Result<store::Wallet::Creation> {
            auto reader = backup::BackupReader::open(backupFile, backupSecret->view());
            backupSecret->clear();
            if (!reader) {
                return reader.error();
            }
            auto restored = backup::restoreToNewWallet(*reader, dir, walletSecret->view(), cost());
            if (!restored) {
                return restored.error();
            }
            auto opened = store::Wallet::open(dir, walletSecret->view());
            walletSecret->clear();
            if (!opened) {
                return opened.error();
            }
            return store::Wallet::Creation { std::move(opened).value(), restored->recoveryCode };
        },
        true);
}

void WalletSession::setHelpingClient(bool helping, const QString& clientName)
{
    const QString name = helping ? clientName.simplified() : QString();
    if (helping == m_helpingClient && name == m_clientName) {
        return;
    }
    m_helpingClient = helping;
    m_clientName = name;
    Q_EMIT helpingClientChanged(helping);
}

void WalletSession::run(Job job, bool creating)
{
    lock();
    const quint64 generation = ++m_generation;
    setState(State::Working);
    QPointer<WalletSession> self(this);
    QThreadPool::globalInstance()->start([self, generation, job = std::move(job), creating]() {
        auto result = std::make_shared<Result<store::Wallet::Creation>>(job());
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result, creating]() {
                if (!self || generation != self->m_generation) {
                    return; // cancelled by lock() or superseded: the wallet closes here, unused
                }
                if (!result->ok()) {
                    self->setState(State::Locked);
                    if (creating) {
                        Q_EMIT self->createFailed(result->error());
                    } else {
                        Q_EMIT self->unlockFailed(result->error());
                    }
                    return;
                }
                self->m_wallet = std::move(result->value().wallet);
                self->m_wallet->database().setOwnerThread(self->m_worker.get());
                self->setState(State::Unlocked);
                if (creating) {
                    Q_EMIT self->created(result->value().recoveryCode);
                }
                Q_EMIT self->unlocked();
            },
            Qt::QueuedConnection);
    });
}

void WalletSession::runTask(
    std::function<Status(store::Wallet&)> job, QObject* context, std::function<void(const Status&)> done, TaskKind kind)
{
    if (!m_wallet) {
        done(Error(ErrorCode::Locked,
            tx("ler::session::WalletSession", "The wallet is locked."),
            QStringLiteral("session/locked")));
        return;
    }
    if (m_exclusiveTask) {
        done(Error(ErrorCode::Locked,
            tx("ler::session::WalletSession", "The wallet is busy replacing its key. Try again when that is done."),
            QStringLiteral("session/exclusive-task-running")));
        return;
    }
    if (kind == TaskKind::Exclusive && m_tasks > 0) {
        done(Error(ErrorCode::Locked,
            tx("ler::session::WalletSession", "Wait until the work that is running on the wallet has finished."),
            QStringLiteral("session/tasks-running")));
        return;
    }
    m_exclusiveTask = kind == TaskKind::Exclusive;
    ++m_tasks;
    store::Wallet* wallet = m_wallet.get();
    QPointer<WalletSession> self(this);
    QPointer<QObject> ctx(context);
    m_worker->post([self, ctx, wallet, job = std::move(job), done = std::move(done)]() {
        auto status = std::make_shared<Status>(job(*wallet));
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, ctx, status, done]() {
                if (--self->m_tasks == 0) {
                    self->m_exclusiveTask = false;
                }
                if (ctx) {
                    done(*status);
                }
                if (self->m_tasks == 0 && self->m_lockPending) {
                    self->lock();
                }
            },
            Qt::QueuedConnection);
    });
}

void WalletSession::waitForTasks()
{
    if (QThread::currentThread() == m_worker.get()) {
        return;
    }
    QSemaphore reached;
    m_worker->post([&reached] { reached.release(); });
    reached.acquire();
}

void WalletSession::lock()
{
    if (m_tasks > 0) {
        m_lockPending = true;
        return;
    }
    m_lockPending = false;
    ++m_generation;
    if (m_state == State::Unlocked) {
        Q_EMIT aboutToLock();
    }
    closeWallet();
    if (m_state != State::Locked) {
        qCInfo(lcSession) << "wallet locked";
        setState(State::Locked);
    }
}

void WalletSession::setState(State s)
{
    if (s != m_state) {
        m_state = s;
        Q_EMIT stateChanged(s);
    }
}

} // namespace ler::session
