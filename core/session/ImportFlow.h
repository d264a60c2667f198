// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/session/ImportService.h"
#include "core/store/CredentialRepository.h"
#include "core/util/Result.h"

#include <QList>
#include <atomic>
#include <functional>

namespace ler::net {
class Fetcher;
}

namespace ler::session {

struct ImportFlowOptions
{
    store::UpdatePolicy policy = store::UpdatePolicy::Keep;
    /// Credentials stored per transaction; each commit's credentials are then checked before the next are read.
    int commitEvery = 100;
    /// Checked between credentials, in both stages; may be set from any thread.
    const std::atomic<bool>* cancel = nullptr;
    /// Used for issuer profiles, keys and status lists only when the wallet's settings allow the network and the
    /// fetcher itself is online; otherwise everything is read and checked offline.
    const net::Fetcher* fetcher = nullptr;
    /// Storing: (inputs done, inputs in all), on the working thread.
    std::function<void(int done, int total)> progress;
    /// Outcomes each commit made durable (see ImportManyOptions::committed).
    std::function<void(const QList<store::ImportOutcome>& outcomes)> committed;
    /// Checking, after each commit: (credentials checked, credentials stored so far, the input the next one came
    /// from), on the working thread.
    std::function<void(int done, int total, const QString& file)> checking;
};

/// Reads, stores and verifies: the one import path of the app, the command line and the benchmark. Every
/// credential stored (new or updated) is verified at once and its report stored; a check that cannot run leaves
/// the credential imported with a note saying so. Fails only when the database does. Runs on the caller's thread.
Result<store::ImportReport> importAndVerify(
    store::SqlCipherDatabase& db, const QList<session::ImportInput>& inputs, const ImportFlowOptions& options = {});

/// Whether this wallet may use the network now: its setting, and a fetcher that is online.
bool networkUsable(store::SqlCipherDatabase& db, const net::Fetcher* fetcher);

} // namespace ler::session
