// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/Record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ler::present {

/// The credential the wallet issues for one of the person's own entries (work history, a course they took...), to
/// be signed with the holder key. It is an Open Badges 3.0 OpenBadgeCredential whose issuer is the holder's own DID,
/// so any verifier can tell it is self-asserted: the issuer and the holder are the same.
struct SelfAssertedCredential
{
    /// The unsigned credential for record, issued by holderDid at issuedAt; v2 chooses VC Data Model 2.0 (else 1.1,
    /// for presentations in which every other credential is 1.1).
    static QJsonObject build(const model::Record& record, const QString& holderDid, const QDateTime& issuedAt, bool v2);
};

} // namespace ler::present
