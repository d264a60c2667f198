// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/records/Library.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ler::records {

/// A skill or competency, with the records that back it.
struct Skill
{
    QString key; ///< stable identity: framework and code when there is a code, else the name folded to lower case
    QString name;
    QString framework; ///< the framework's name; "Credential Engine Registry" for a bare CTID
    QString code; ///< the framework's code, e.g. a CTID "ce-..." or an O*NET code
    QString url; ///< where the skill is described, when known
    QStringList recordIds; ///< the records that back it, in list order, each once

    bool isCtid() const;
};

/// True for a Credential Engine CTID ("ce-" and a UUID).
bool isCtid(const QString& code);
/// The Credential Engine Registry page of a CTID.
QString ctidUrl(const QString& ctid);

/// The person's skills, gathered from Open Badges 3.0 alignments, CLR 2.0 competency achievements and the CLR
/// associations that tie other achievements to them. One skill per framework code (or per name when there is no
/// code), most-backed first, then by name.
QList<Skill> aggregateSkills(const QList<Entry>& entries);

} // namespace ler::records
