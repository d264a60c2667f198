// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/Kdf.h"
#include "core/store/Wallet.h"
#include "core/util/Result.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ler::session {

/// The lock state machine: Locked -> Working -> Unlocked -> Locked. Widgets only observe it.
/// Key derivation runs on a worker thread; a result that arrives after lock() or a newer request is dropped.
/// The open wallet's database belongs to the session's worker thread: every use of it is a runTask().
class WalletSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Locked,
        Working,
        Unlocked
    };
    Q_ENUM(State)

    explicit WalletSession(QObject* parent = nullptr);
    ~WalletSession() override;

    State state() const { return m_state; }
    /// The wallet folder this session opens.
    QString directory() const { return m_dir; }
    void setDirectory(const QString& dir);
    bool walletExists() const;

    /// The open wallet, or nullptr while locked. Its database may be used only inside runTask().
    store::Wallet* wallet() const { return m_wallet.get(); }

    /// Passphrases are taken as QString from the UI and turned to UTF-8 in secure memory at once.
    void unlock(const QString& passphrase);
    void unlockWithRecoveryCode(const QString& code);
    /// Creates a wallet in directory(); `cost` is KdfParams::calibrate() in the product.
    void create(const QString& passphrase, std::function<crypto::KdfParams()> cost);
    /// Restores a backup file into a new wallet in directory() (missing or empty) and opens it, like create():
    /// created() with the new wallet's recovery code and unlocked() on success, createFailed() otherwise (a wrong
    /// backup passphrase is ErrorCode::WrongPassphrase; nothing is left in the folder then).
    void restoreBackup(const QString& backupFile,
        const QString& backupPassphrase,
        const QString& walletPassphrase,
        std::function<crypto::KdfParams()> cost);

    /// "Help a client": a counselor has a client's wallet open with the client present. Front ends leave no trace
    /// of it on this computer and record presentations as shared by a counselor. Ends with setHelpingClient(false)
    /// (the app does so when the wallet locks).
    bool helpingClient() const { return m_helpingClient; }
    QString clientName() const { return m_clientName; }
    void setHelpingClient(bool helping, const QString& clientName = {});

    /// Closes the database and wipes the keys. Emits aboutToLock first so views can drop their data.
    /// While a task runs, the lock waits for it to finish.
    void lock();

    enum class TaskKind
    {
        Shared, ///< may be queued behind other shared tasks (imports, checks, re-wrapping a slot)
        Exclusive, ///< needs the wallet alone (replacing its key): refused while others run, and blocks new ones
    };
    /// Runs work on the open wallet on the session's worker thread, the database's owner, one task after another
    /// in the order asked (one connection: a transaction never interleaves with another task's statements).
    /// `done` runs on `context`'s thread afterwards. The wallet stays open until the task ends. A task that cannot
    /// start calls `done` at once with ErrorCode::Locked.
    void runTask(std::function<Status(store::Wallet&)> job,
        QObject* context,
        std::function<void(const Status&)> done,
        TaskKind kind = TaskKind::Shared);
    bool taskRunning() const { return m_tasks > 0; }
    /// Blocks until every task queued so far has run on the worker (their `done` callbacks are still to come):
    /// for owners of what the tasks use, before they go away.
    void waitForTasks();

Q_SIGNALS:
    void stateChanged(ler::session::WalletSession::State state);
    void aboutToLock();
    void unlocked();
    void unlockFailed(const ler::Error& error);
    /// After create(): the recovery code to show once.
    void created(const QString& recoveryCode);
    void createFailed(const ler::Error& error);
    void helpingClientChanged(bool helping);

private:
    using Job = std::function<Result<store::Wallet::Creation>()>;
    void run(Job job, bool creating);
    void setState(State s);
    void closeWallet();

    QString m_dir;
    State m_state = State::Locked;
    std::unique_ptr<store::Wallet> m_wallet;
    class Worker;
    std::unique_ptr<Worker> m_worker; ///< runs the tasks in order; owns the open wallet's database
    quint64 m_generation = 0;
    int m_tasks = 0;
    bool m_exclusiveTask = false;
    bool m_lockPending = false;
    bool m_helpingClient = false;
    QString m_clientName;
};

} // namespace ler::session
