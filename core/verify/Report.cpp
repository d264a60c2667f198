// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/Report.h"

#include <QJsonArray>

namespace ler::verify {

namespace {

/// Checks whose absence makes a result only partly verified.
bool isImportant(const QString& id)
{
    return id == reportid::kSignature || id == reportid::kIssuer || id == reportid::kStatus || id == reportid::kDates
        || id == reportid::kKeyBinding || id == reportid::kDisclosures || id == reportid::kProofPurpose;
}

Text failedSummary(const Report& report)
{
    for (const Check& c : report.checks) {
        if (c.status == Check::Failed)
            return tx("ler::verify", "Not verified: %1").arg(c.message);
    }
    for (qsizetype i = 0; i < report.credentials.size(); ++i) {
        if (report.credentials.at(i).overall == Outcome::NotVerified) {
            return tx("ler::verify", "Not verified: credential %1 inside it failed: %2")
                .arg(i + 1)
                .arg(report.credentials.at(i).summary);
        }
    }
    return tx("ler::verify", "Not verified.");
}

/// True when a check was left out only because the wallet is offline.
bool offlineOnly(const Check& c)
{
    return c.leftOutOffline();
}

Text partlySummary(const Report& report)
{
    const Check* signature = report.check(reportid::kSignature);
    if (!signature)
        return tx("ler::verify", "Not verified: this record carries no signature.");
    if (signature->status == Check::NotChecked) {
        const Check* issuer = report.check(reportid::kIssuer);
        if (offlineOnly(*signature) || (issuer && offlineOnly(*issuer))) {
            return tx(
                "ler::verify", "Not verified yet: you are offline, and checking the signature needs the network.");
        }
        return tx("ler::verify", "Not verified: %1").arg(signature->message);
    }
    for (const Check& c : report.checks) {
        if (c.status == Check::NotChecked && isImportant(c.id)) {
            if (offlineOnly(c)) {
                return tx("ler::verify",
                    "Partly verified: the signature is valid, but some checks need the network and you are offline.");
            }
            return tx("ler::verify", "Partly verified: the signature is valid, but one check could not be done. %1")
                .arg(c.message);
        }
    }
    const bool onlySelfAsserted = std::all_of(report.credentials.cbegin(),
        report.credentials.cend(),
        [](const Report& r) { return r.overall != Outcome::PartlyVerified || r.selfAsserted; });
    if (onlySelfAsserted) {
        const auto selfAsserted = std::count_if(
            report.credentials.cbegin(), report.credentials.cend(), [](const Report& r) { return r.selfAsserted; });
        return tx("ler::verify",
            "Partly verified: the signature is valid and every check passed, but %n credential(s) inside are only "
            "self-asserted: stated by the person who presented them, not by an issuer.",
            nullptr,
            int(selfAsserted));
    }
    return tx("ler::verify", "Partly verified: a credential inside it could not be fully checked.");
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return QStringLiteral("verified");
    case Outcome::NotVerified:
        return QStringLiteral("not-verified");
    case Outcome::PartlyVerified:
        return QStringLiteral("partly-verified");
    }
    return QStringLiteral("unknown");
}

const Check* Report::check(const QString& id) const
{
    for (const Check& c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

void Report::setCheck(Check check)
{
    for (Check& c : checks) {
        if (c.id == check.id) {
            c = std::move(check);
            return;
        }
    }
    checks.append(std::move(check));
}

void Report::finish()
{
    bool failed = false;
    bool missing = false;
    for (const Check& c : std::as_const(checks)) {
        failed = failed || c.status == Check::Failed;
        missing = missing || (c.status == Check::NotChecked && isImportant(c.id));
    }
    for (const Report& r : std::as_const(credentials)) {
        failed = failed || r.overall == Outcome::NotVerified;
        missing = missing || r.overall == Outcome::PartlyVerified;
    }
    const Check* signature = check(reportid::kSignature);
    const bool signed_ = signature && (signature->status == Check::Passed || signature->status == Check::Warning);
    // A signature stands for an issuer only when something tied its key to one: never verified without that check.
    if (signed_ && !check(reportid::kIssuer)) {
        Check untied = Check::notChecked(
            reportid::kIssuer, tx("ler::verify", "Not checked: nothing ties the signing key to the issuer."));
        untied.reason = QStringLiteral("issuer/key-not-tied");
        setCheck(std::move(untied));
        missing = true;
        signature = check(reportid::kSignature);
    }
    if (failed) {
        overall = Outcome::NotVerified;
        summary = failedSummary(*this);
    } else if (selfAsserted && signed_) {
        overall = Outcome::PartlyVerified;
        summary = tx("ler::verify",
            "Self-asserted: signed by the person who presented it, with their own wallet key. No issuer vouches for "
            "it.");
    } else if (!signed_ || missing) {
        overall = Outcome::PartlyVerified;
        summary = partlySummary(*this);
    } else {
        overall = Outcome::Verified;
        summary = credentials.isEmpty()
            ? tx("ler::verify", "Verified: the signature is valid and every check passed.")
            : tx("ler::verify",
                "Verified: the signature is valid and every check passed, also for the %n credential(s) inside it.",
                nullptr,
                int(credentials.size()));
    }
}

QJsonObject Report::toJson() const
{
    QJsonArray checkArray;
    for (const Check& c : checks) {
        QJsonObject o { { QStringLiteral("id"), c.id },
            { QStringLiteral("status"), checkStatusName(c.status) },
            { QStringLiteral("message"), c.message.toJson() } };
        if (!c.detail.isEmpty())
            o.insert(QStringLiteral("detail"), c.detail.toJson());
        if (!c.reason.isEmpty())
            o.insert(QStringLiteral("reason"), c.reason);
        checkArray.append(o);
    }
    QJsonArray nested;
    for (const Report& r : credentials)
        nested.append(r.toJson());
    QJsonObject json { { QStringLiteral("verified"), verified() },
        { QStringLiteral("outcome"), outcomeName(overall) },
        { QStringLiteral("format"), format },
        { QStringLiteral("summary"), summary.toJson() },
        { QStringLiteral("checks"), checkArray },
        { QStringLiteral("credentials"), nested } };
    if (!file.isEmpty())
        json.insert(QStringLiteral("file"), file);
    if (selfAsserted)
        json.insert(QStringLiteral("selfAsserted"), true);
    return json;
}

} // namespace ler::verify
