// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/store/CredentialRepository.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ler::store {
class SqlCipherDatabase;
}

namespace ler::exports {

/// Facts about the person that an export carries only when the person ticks them.
enum class Sensitive
{
    BirthDate,
    Gender,
    Ethnicity,
    Citizenship,
    LegalId,
};
/// "birthDate", "gender", "ethnicity", "citizenship", "legalId" (the LER-RS member names).
QString sensitiveName(Sensitive s);
std::optional<Sensitive> sensitiveFromName(const QString& name);
QList<Sensitive> allSensitive();

/// Who the résumé is about. Names and contact come from the person's profile in the wallet; what is blank there is
/// taken from the chosen records (a personal ID, a transcript).
struct Person
{
    QString givenName;
    QString familyName;
    QString email;
    QString phone;
    QString url;
    QString location;
    QString headline; ///< one line, e.g. "Warehouse lead"
    QString summary;
    // Sensitive: carried only when included.
    QString birthDate; ///< YYYY-MM-DD
    QString gender; ///< "Male", "Female" or "X" (HR Open's code list)
    QStringList citizenship; ///< ISO 3166-1 alpha-2 codes
    QStringList ethnicity;
    QString legalId;

    QString fullName() const;
    /// The profile part (names, contact, summary), as the wallet keeps it. Sensitive facts are never stored.
    QJsonObject profileJson() const;
    static Person fromProfileJson(const QJsonObject& json);
    /// Fills blank fields from the records: a personal ID's names, birth date, sex and nationalities; a
    /// transcript's student name.
    void completeFrom(const QList<store::StoredCredential>& records);
};

/// The wallet's profile of the person (names, contact, summary), kept in the encrypted wallet's settings.
Result<Person> loadProfile(store::SqlCipherDatabase& db);
Status saveProfile(store::SqlCipherDatabase& db, const Person& person);

/// What goes into an export: the person and exactly the records they picked.
struct ResumeInput
{
    Person person;
    QList<store::StoredCredential> records;
    /// The credentials nested in the chosen CLRs: their skills and courses count, but they travel inside their CLR.
    QList<store::StoredCredential> nested;
    QList<Sensitive> include; ///< the sensitive facts the person ticked
    QDateTime now; ///< invalid means now (tests set it)

    bool includes(Sensitive s) const { return include.contains(s); }
};

/// Reads the profile and the chosen records (every top-level record when `ids` is empty; a record nested in a CLR is
/// carried inside it). NotFound for an unknown id; nothing else is read.
Result<ResumeInput> loadResumeInput(
    store::SqlCipherDatabase& db, const QStringList& ids, const QList<Sensitive>& include = {});

/// Something an export could not carry for a record, for the person to see before sending it.
struct Omission
{
    enum class What
    {
        Proof, ///< the issuer's signature (the format has no place for it)
        Original, ///< the credential itself
        Alignments, ///< skills and frameworks it aligns to
        Evidence,
        Courses,
    };
    QString recordId;
    QString title;
    What what = What::Proof;
};
/// "proof", "original", "alignments", "evidence", "courses".
QString omissionName(Omission::What what);

/// A finished export document and what it had to leave out.
struct ResumeDocument
{
    QJsonObject json;
    QList<Omission> omissions;
};

/// The record's credential as its issuer wrote it: a JSON object (also when baked into an image) or a compact JWT
/// (returned as a string). Invalid for records that hold no W3C or Open Badges credential.
QJsonValue credentialOf(const store::StoredCredential& stored);

/// Dates as résumés write them.
QString isoDate(const QDate& d);

} // namespace ler::exports

namespace ler::exports {

/// The résumé formats: LER-RS, LER-RS signed as a credential by the wallet, JSON Resume, and a PDF (made in ler_media).
enum class ResumeFormat
{
    LerRs,
    LerRsCredential,
    JsonResume,
    Pdf,
};
/// "ler-rs", "ler-rs-vc", "json-resume", "pdf".
QString resumeFormatName(ResumeFormat format);
std::optional<ResumeFormat> resumeFormatFromName(const QString& name);

/// A JSON résumé as the bytes to write, and what it had to leave out.
struct MadeResume
{
    QByteArray bytes;
    QList<Omission> omissions;
};

/// Makes a JSON résumé (not the PDF) of `input`; the signed LER-RS uses the wallet's own key (made the first time it
/// is needed). Works on the caller's thread, like the repositories.
Result<MadeResume> makeJsonResumeDocument(store::SqlCipherDatabase& db, const ResumeInput& input, ResumeFormat format);

} // namespace ler::exports
