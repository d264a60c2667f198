// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The commands that need no wallet (verify FILE..., canonicalize) and verify --all.
#include "app/cli/Cli.h"
#include "core/canon/Jcs.h"
#include "core/canon/RdfCanon.h"
#include "core/jsonld/JsonLd.h"
#include "core/net/Fetcher.h"
#include "core/present/PresentationCheck.h"
#include "core/rdf/NQuads.h"
#include "core/session/ImportFlow.h"
#include "core/store/CredentialRepository.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/util/Duration.h"
#include "core/verify/Verifier.h"
#include "core/verify/WalletVerification.h"
#include "media/PdfQrReader.h"
#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace ler::cli {

namespace {

const QString kOffline = QStringLiteral("offline");
const QString kAll = QStringLiteral("all");
const QString kChallenge = QStringLiteral("challenge");
const QString kDomain = QStringLiteral("domain");
const QString kIssuerKeys = QStringLiteral("issuer-keys");
const QString kRdfc = QStringLiteral("rdfc");
const QString kJsonLdToRdf = QStringLiteral("jsonld-to-rdf");
const QString kJcs = QStringLiteral("jcs");
const QString kIdentifier = QStringLiteral("identifier");
const QString kMaxAge = QStringLiteral("max-age");

/// Largest file verify or canonicalize reads.
constexpr qint64 kMaxInputBytes = 32 * 1024 * 1024;

Result<QByteArray> readInput(const QString& path)
{
    QFile file(path);
    const bool opened
        = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        return Error(ErrorCode::Io, tx("ler::cli", "%1 cannot be opened for reading.").arg(path));
    }
    const QByteArray bytes = file.read(kMaxInputBytes + 1);
    if (bytes.size() > kMaxInputBytes) {
        return Error(ErrorCode::LimitExceeded, tx("ler::cli", "%1 is too large.").arg(path));
    }
    return bytes;
}

QString statusLabel(verify::Check::Status status)
{
    switch (status) {
    case verify::Check::Passed:
        return QCoreApplication::translate("ler::cli", "[ok]    ");
    case verify::Check::Failed:
        return QCoreApplication::translate("ler::cli", "[FAIL]  ");
    case verify::Check::Warning:
        return QCoreApplication::translate("ler::cli", "[warn]  ");
    case verify::Check::NotChecked:
        break;
    }
    return QCoreApplication::translate("ler::cli", "[--]    ");
}

void printReport(QTextStream& out, const verify::Report& report, int depth)
{
    const QString indent(depth * 4, QLatin1Char(' '));
    out << indent << ler::text::render(report.summary) << '\n';
    for (const verify::Check& c : report.checks)
        out << indent << "  " << statusLabel(c.status) << ler::text::render(c.message) << '\n';
    for (qsizetype i = 0; i < report.credentials.size(); ++i) {
        out << indent << "  " << QCoreApplication::translate("ler::cli", "Credential %1 inside:").arg(i + 1) << '\n';
        printReport(out, report.credentials.at(i), depth + 1);
    }
}

} // namespace

int Cli::cmdVerifyWallet()
{
    if (!m_args.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "verify --all checks the wallet; name no files with it."));
    }
    auto wallet = openWallet();
    if (!wallet) {
        return fail(wallet.error());
    }
    net::Fetcher fetcher;
    verify::WalletVerification checker((*wallet)->database());
    // Online only when asked (no --offline) and the wallet's own setting allows the network.
    const bool online = !m_parser.isSet(kOffline) && session::networkUsable((*wallet)->database(), &fetcher);
    checker.setFetcher(online ? &fetcher : nullptr);
    auto count = checker.verifyAll();
    if (!count) {
        return fail(count.error());
    }
    auto listed = store::CredentialRepository((*wallet)->database()).list();
    if (!listed) {
        return fail(listed.error());
    }
    int exitCode = kOk;
    QJsonArray results;
    for (const store::CredentialSummary& c : std::as_const(*listed)) {
        if (!c.parentId.isEmpty() || c.selfAsserted) {
            continue;
        }
        auto latest = checker.latest(c.id);
        if (!latest || !latest->has_value()) {
            continue;
        }
        QJsonObject report = ler::text::renderReport((*latest)->report);
        report.insert(QStringLiteral("id"), c.id);
        report.insert(QStringLiteral("title"), c.title);
        report.insert(QStringLiteral("verifiedAt"), (*latest)->verifiedAt.toString(Qt::ISODate));
        exitCode = (*latest)->outcome == QLatin1String("not-verified") ? kCheckFailed : exitCode;
        results.append(report);
        if (!m_json) {
            m_out << ler::text::recordTitle(c) << "  [" << (*latest)->outcome << "]  "
                  << report.value(QStringLiteral("summary")).toString() << '\n';
        }
    }
    if (m_json) {
        m_out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    return exitCode;
}

void Cli::verifyQrFiles(
    const QList<QrFile>& files, const verify::VerifierOptions& options, int& exitCode, QJsonArray& results)
{
    QStringList names;
    for (const QrFile& f : files)
        names.append(f.path);
    const QString name = names.join(QStringLiteral(" + "));
    QStringList texts;
    for (const QrFile& f : files)
        texts += f.texts;
    auto checked = present::PresentationCheck(options).checkQrTexts(texts, name);
    if (!checked) {
        exitCode = kBadInput;
        results.append(QJsonObject { { QStringLiteral("file"), name },
            { QStringLiteral("verified"), false },
            { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), errorCodeName(checked.error().code) },
                    { QStringLiteral("message"), ler::text::render(checked.error()) } } } });
        if (!m_json)
            m_err << ler::text::render(checked.error()) << '\n';
        return;
    }
    if (!checked->report.verified() && exitCode == kOk)
        exitCode = kCheckFailed;
    QJsonObject json = ler::text::renderReport(checked->report.toJson());
    json.insert(QStringLiteral("codes"), checked->codes);
    json.insert(QStringLiteral("presentations"), checked->presentations);
    if (!checked->holder.isEmpty())
        json.insert(QStringLiteral("holder"), checked->holder);
    results.append(json);
    if (!m_json) {
        m_out << name << '\n'
              << QCoreApplication::translate("ler::cli",
                     "%1 holding %2 signed by %3",
                     "%1 is \"3 QR codes\", %2 is \"1 presentation\", %3 who signed them")
                     .arg(QCoreApplication::translate("ler::cli", "%n QR code(s)", nullptr, checked->codes),
                         QCoreApplication::translate("ler::cli", "%n presentation(s)", nullptr, checked->presentations),
                         checked->holder.isEmpty() ? QCoreApplication::translate("ler::cli", "no one it names")
                                                   : checked->holder)
              << '\n';
        printReport(m_out, checked->report, 0);
        m_out.flush();
    }
}

int Cli::cmdVerify()
{
    if (m_parser.isSet(kAll)) {
        return cmdVerifyWallet();
    }
    if (m_args.isEmpty())
        return usage(QCoreApplication::translate("ler::cli", "Name at least one file to verify."));
    verify::Verifier::Options options;
    options.offline = m_parser.isSet(kOffline);
    options.challenge = m_parser.value(kChallenge);
    options.domain = m_parser.value(kDomain);
    options.identifiers = m_parser.values(kIdentifier);
    if (m_parser.isSet(kMaxAge)) {
        auto maxAge = parseDurationSeconds(m_parser.value(kMaxAge), true);
        if (!maxAge)
            return usage(ler::text::render(maxAge.error()));
        options.maxAgeSeconds = *maxAge < 0 ? 0 : *maxAge;
    }
    if (m_parser.isSet(kIssuerKeys)) {
        auto bytes = readInput(m_parser.value(kIssuerKeys));
        auto trusted = bytes ? verify::TrustedIssuers::fromJson(*bytes) : Result<verify::TrustedIssuers>(bytes.error());
        if (!trusted)
            return fail(trusted.error());
        options.trustedIssuers = *trusted;
    }
    net::Fetcher fetcher;
    fetcher.setOnline(!options.offline);
    options.fetcher = &fetcher;
    const verify::Verifier verifier(options);

    int exitCode = kOk;
    QJsonArray results;
    QList<QrFile> qrFiles;
    for (const QString& path : std::as_const(m_args)) {
        auto bytes = readInput(path);
        // Pictures of QR codes and the wallet's PDFs are read together at the end: several images can make one
        // presentation. A baked badge is an image too, but one the import formats read.
        if (bytes && media::isQrSource(*bytes, QFileInfo(path).fileName())) {
            // An image without a code is left to the verifier, whose message says why it is no badge either.
            auto codes = media::readQrCodesFromData(*bytes);
            if (codes || media::looksLikePdf(*bytes)) {
                if (!codes) {
                    bytes = codes.error();
                } else {
                    qrFiles.append({ path, *codes });
                    continue;
                }
            }
        }
        auto report
            = bytes ? verifier.verify(*bytes, QFileInfo(path).fileName()) : Result<verify::Report>(bytes.error());
        if (!report) {
            exitCode = kBadInput;
            results.append(QJsonObject { { QStringLiteral("file"), path },
                { QStringLiteral("verified"), false },
                { QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("code"), errorCodeName(report.error().code) },
                        { QStringLiteral("message"), ler::text::render(report.error()) } } } });
            if (!m_json)
                m_err << path << ": " << ler::text::render(report.error()) << '\n';
            continue;
        }
        report->file = path;
        if (!report->verified() && exitCode == kOk)
            exitCode = kCheckFailed;
        results.append(ler::text::renderReport(report->toJson()));
        if (!m_json) {
            m_out << path << '\n';
            printReport(m_out, *report, 0);
            m_out.flush();
        }
    }
    if (!qrFiles.isEmpty())
        verifyQrFiles(qrFiles, options, exitCode, results);
    if (m_json) {
        m_out << (results.size() == 1 ? QJsonDocument(results.first().toObject()).toJson(QJsonDocument::Indented)
                                      : QJsonDocument(results).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    return exitCode;
}

int Cli::cmdCanonicalize()
{
    const int modes = int(m_parser.isSet(kRdfc)) + int(m_parser.isSet(kJsonLdToRdf)) + int(m_parser.isSet(kJcs));
    if (modes != 1 || m_args.size() != 1) {
        return usage(QCoreApplication::translate(
            "ler::cli", "canonicalize needs exactly one of --rdfc, --jsonld-to-rdf or --jcs, and one file."));
    }
    auto input = readInput(m_args.constFirst());
    if (!input)
        return fail(input.error());
    Result<QByteArray> output = QByteArray();
    if (m_parser.isSet(kRdfc)) {
        output = rdfc::canonicalize(*input);
    } else if (m_parser.isSet(kJcs)) {
        output = jcs::canonicalize(*input);
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*input, &error);
        if (error.error != QJsonParseError::NoError) {
            return fail(invalidInput(tx("ler::cli", "The file is not valid JSON: %1").arg(error.errorString())));
        }
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        auto dataset = jsonld::toRdf(value);
        output = dataset ? rdfc::canonicalize(rdf::nquads::serialize(*dataset)) : Result<QByteArray>(dataset.error());
    }
    if (!output)
        return fail(output.error());
    std::fwrite(output->constData(), 1, size_t(output->size()), stdout);
    std::fflush(stdout);
    return kOk;
}

} // namespace ler::cli
