// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ler::model {

/// What a record is about, as shown to the learner.
enum class RecordKind
{
    Education,
    Training,
    Work,
    Badge,
    Certification,
    License,
    Course,
    Assessment,
    Other
};

/// The format a record was imported from.
enum class SourceFormat
{
    OpenBadges2,
    OpenBadges3,
    Clr2,
    PescCollegeTranscript,
    PescHighSchoolTranscript,
    VerifiableCredential,
    SdJwtVc,
    SelfAsserted,
};

/// Stable lower-case names used in JSON ("badge", "openbadges3"...), and their inverses.
QString kindName(RecordKind kind);
std::optional<RecordKind> kindFromName(const QString& name);
QString sourceFormatName(SourceFormat format);
std::optional<SourceFormat> sourceFormatFromName(const QString& name);

/// Who issued the record.
struct Issuer
{
    QString name;
    QString id;
    QString url;
    QString image;

    bool operator==(const Issuer&) const = default;
};

/// One way the credential names its subject (email, DID, student id...), possibly hashed.
struct SubjectIdentifier
{
    QString type;
    QString value;
    bool hashed = false;
    QString salt;

    bool operator==(const SubjectIdentifier&) const = default;
};

/// Dates on the record; any may be invalid when the source has none.
struct RecordDates
{
    QDateTime issued;
    QDateTime validFrom;
    QDateTime validUntil;
    QDate activityStart;
    QDate activityEnd;

    bool operator==(const RecordDates&) const = default;
};

/// The achievement the record attests.
struct Achievement
{
    QString type; ///< e.g. "Badge", "Degree", "BadgeClass".
    QString criteria; ///< Narrative text or a criteria URL.
    QString image;
    QString credits; ///< Kept as text so "3.0" stays "3.0".
    QString result; ///< Grade or result.
    QString level;

    bool operator==(const Achievement&) const = default;
};

/// A skill, competency or framework item the achievement aligns to.
struct Alignment
{
    QString targetName;
    QString framework;
    QString code;
    QString url;

    bool operator==(const Alignment&) const = default;
};

/// Evidence supporting the record.
struct Evidence
{
    QString id;
    QString name;
    QString description;
    QString narrative;

    bool operator==(const Evidence&) const = default;
};

/// One course on a transcript.
struct CourseEntry
{
    QString title;
    QString code;
    QString credits;
    QString grade;
    QString session;

    bool operator==(const CourseEntry&) const = default;
};

/// A degree, diploma or award on a transcript.
struct Degree
{
    QString title;
    QString level;
    QDate date;
    QString program;

    bool operator==(const Degree&) const = default;
};

/// A relation between two achievements or credentials (CLR associations).
struct Association
{
    QString type;
    QString sourceId;
    QString targetId;

    bool operator==(const Association&) const = default;
};

/// The normalized record every import format maps to.
struct Record
{
    RecordKind kind = RecordKind::Other;
    QString title; ///< The credential's own title; empty when it has none (the UI names it from format and issuer).
    QString description;
    Issuer issuer;
    QList<SubjectIdentifier> subjects;
    RecordDates dates;
    Achievement achievement;
    QList<Alignment> alignments;
    QList<Evidence> evidence;
    QStringList links;
    SourceFormat sourceFormat = SourceFormat::SelfAsserted;
    QString sourceVersion; ///< e.g. "VC 1.1", "VC 2.0", "JWT", "2.0".
    QString credentialId; ///< The id inside the credential, if any.
    QStringList credentialTypes;
    bool selfAsserted = false;
    bool unverified = false; ///< The source carries no signature (PESC XML, CSV): nothing can be checked.
    QString location;
    QList<CourseEntry> courses;
    QString gpa;
    QList<Degree> degrees;
    QList<Association> associations;
    QString parentCredentialId; ///< For a credential nested in a CLR: the CLR's id.
    QJsonObject claims; ///< Other subject claims, flattened or as disclosed.

    /// The record as JSON for storage; fromJson(toJson()) gives the same record.
    QJsonObject toJson() const;
    /// Reads a record written by toJson(); fails on unknown kinds or formats.
    static Result<Record> fromJson(const QJsonObject& json);
    /// Every human-readable field in one string, for full-text search; without a title, the format's words too.
    QString searchableText() const;

    bool operator==(const Record&) const = default;
};

} // namespace ler::model
