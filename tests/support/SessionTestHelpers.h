// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/session/WalletSession.h"
#include "core/store/Wallet.h"
#include "core/util/Result.h"
#include "core/util/Text.h"

#include <QObject>
#include <QTest>
#include <functional>
#include <optional>
#include <type_traits>

namespace ler::test {

/// Runs `job` as a session task, on the worker that owns the open wallet's database, and waits for it: tests
/// read and seed a session's wallet the way the app does. The job's status, or ErrorCode::Internal when it did
/// not finish in time (the job has ended even then, so nothing it captured is used afterwards).
inline Status onWallet(
    session::WalletSession& session, std::function<Status(store::Wallet&)> job, int timeoutMs = 60000)
{
    QObject context;
    std::optional<Status> result;
    session.runTask(std::move(job), &context, [&result](const Status& s) { result = s; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        session.waitForTasks();
        return Error(ErrorCode::Internal, Text::verbatim(QStringLiteral("the wallet task did not finish in time")));
    }
    return *result;
}

/// What `read` returns when run on the session's worker; nothing when the task could not run or timed out.
template <typename F>
auto fromWallet(session::WalletSession& session, F read, int timeoutMs = 60000)
    -> std::optional<std::invoke_result_t<F, store::Wallet&>>
{
    std::optional<std::invoke_result_t<F, store::Wallet&>> value;
    const Status s = onWallet(
        session,
        [&value, &read](store::Wallet& wallet) -> Status {
            value = read(wallet);
            return {};
        },
        timeoutMs);
    if (!s) {
        return std::nullopt;
    }
    return value;
}

} // namespace ler::test
