// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Presentations as QR codes: bytes of presentation per code, codes per presentation, and the time to make the
/// codes (CBOR-LD, payloads, symbols, images) and to read them back (ZXing on the images, then decoding), all
/// measured in one run so the ratios between them are what to compare across machines.

#include "core/qr/QrPayload.h"
#include "media/QrImage.h"
#include "media/QrReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <functional>

using namespace ler;

namespace {

constexpr qint64 kRunMs = 600;

QByteArray readFile(const QString& relative)
{
    QFile f(QStringLiteral(LER_BENCH_DATA "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Mean milliseconds of op over about kRunMs (at least 3 runs); -1 if op fails.
double meanMs(const std::function<bool()>& op)
{
    if (!op()) {
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    while (timer.elapsed() < kRunMs || runs < 3) {
        if (!op()) {
            return -1;
        }
        ++runs;
    }
    return double(timer.nsecsElapsed()) / 1e6 / runs;
}

struct Sample
{
    const char* name;
    QString file;
    bool text; ///< compact text (SD-JWT) rather than JSON-LD
};

struct Row
{
    QString name;
    qsizetype inputBytes = 0;
    qsizetype cborldBytes = 0;
    int codes = 0;
    qsizetype characters = 0;
    double encodeMs = 0;
    double drawMs = 0;
    double zxingMs = 0;
    double decodeMs = 0;
};

Result<QStringList> payloadsOf(const Sample& s, const QByteArray& bytes, const qr::QrPolicy& policy)
{
    if (s.text) {
        return qr::encodeText(QString::fromUtf8(bytes).trimmed(), policy);
    }
    return qr::encodeDocument(QJsonDocument::fromJson(bytes).object(), policy);
}

Row measure(const Sample& s, const qr::QrPolicy& policy)
{
    Row row;
    row.name = QString::fromLatin1(s.name);
    const QByteArray bytes = readFile(s.file);
    row.inputBytes
        = s.text ? bytes.trimmed().size() : QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact).size();
    auto payloads = payloadsOf(s, bytes, policy);
    if (!payloads) {
        std::fprintf(stderr, "%s: %s\n", s.name, qPrintable(payloads.error().message));
        return row;
    }
    if (!s.text) {
        auto cborld = cborld::encode(QJsonDocument::fromJson(bytes).object());
        row.cborldBytes = cborld ? cborld->size() : 0;
    }
    row.codes = int(payloads->size());
    for (const QString& p : *payloads) {
        row.characters += p.size();
    }

    QList<QImage> images;
    row.encodeMs = meanMs([&] { return bool(payloadsOf(s, bytes, policy)); });
    row.drawMs = meanMs([&] {
        images.clear();
        for (const QString& p : *payloads) {
            auto symbol = media::QrSymbol::encode(p, policy);
            if (!symbol) {
                return false;
            }
            images.append(media::renderQr(*symbol));
        }
        return true;
    });
    row.zxingMs = meanMs([&] {
        for (const QImage& image : images) {
            if (!media::readQrCodes(image)) {
                return false;
            }
        }
        return true;
    });
    row.decodeMs = meanMs([&] { return bool(qr::decodeQrTexts(*payloads)); });
    return row;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QList<Sample> samples {
        { "VP, one Open Badge 3.0", QStringLiteral("vpqr/vp-ob3.json"), false },
        { "VP (VC 1.1), one badge", QStringLiteral("vpqr/vp-v1.json"), false },
        { "VP, two badges", QStringLiteral("vpqr/vp-two.json"), false },
        { "CLR 2.0 transcript", QStringLiteral("vectors/openbadges-eddsa/clr2/signed-credential.json"), false },
        { "OB 3.0, every field",
            QStringLiteral("vectors/openbadges-eddsa/ob3-validator-samples/complete.json"),
            false },
        { "SD-JWT presentation",
            QStringLiteral("vectors/sdjwt/rfc9901-draft22-examples/arf-pid_sd_jwt_vc/sd_jwt_presentation.txt"),
            true },
    };
    const qr::QrPolicy policy;
    std::printf("QR policy: error correction M, at most version %d (%d alphanumeric characters per code)\n\n",
        policy.maxVersion,
        qr::alphanumericCapacity(policy.maxVersion, policy.ecc));
    std::printf("%-26s %7s %7s %6s %5s %9s %9s %9s %9s %9s\n",
        "presentation",
        "JSON B",
        "CBORLD",
        "ratio",
        "codes",
        "B/code",
        "encode",
        "draw",
        "ZXing",
        "decode");
    QList<Row> rows;
    for (const Sample& s : samples) {
        const Row r = measure(s, policy);
        rows.append(r);
        std::printf("%-26s %7lld %7lld %6.2f %5d %9.0f %7.2fms %7.2fms %7.2fms %7.2fms\n",
            qPrintable(r.name),
            qlonglong(r.inputBytes),
            qlonglong(r.cborldBytes),
            r.cborldBytes > 0 ? double(r.cborldBytes) / double(r.inputBytes) : 0.0,
            r.codes,
            r.codes > 0 ? double(r.inputBytes) / r.codes : 0.0,
            r.encodeMs,
            r.drawMs,
            r.zxingMs,
            r.decodeMs);
    }

    // Codes per typical presentation under other policies, and as one VPQR code per credential.
    std::printf("\ncodes per presentation:                  M/30  L/40  Q/25\n");
    for (const Sample& s : samples) {
        const QByteArray bytes = readFile(s.file);
        std::printf("  %-38s", s.name);
        for (const qr::QrPolicy p :
            { qr::QrPolicy {}, qr::QrPolicy { qr::EccLevel::Low, 40 }, qr::QrPolicy { qr::EccLevel::Quartile, 25 } }) {
            auto payloads = payloadsOf(s, bytes, p);
            std::printf(" %5lld", payloads ? qlonglong(payloads->size()) : -1LL);
        }
        std::printf("\n");
    }

    const Row& typical = rows.first();
    std::printf("\nratios for a typical presentation (%s):\n", qPrintable(typical.name));
    std::printf("  CBOR-LD / JSON size          %.2f\n", double(typical.cborldBytes) / double(typical.inputBytes));
    std::printf("  QR characters / JSON byte    %.2f\n", double(typical.characters) / double(typical.inputBytes));
    std::printf("  read (ZXing + decode) / make (encode + draw)  %.2f\n",
        (typical.zxingMs + typical.decodeMs) / (typical.encodeMs + typical.drawMs));
    std::printf(
        "  ZXing share of reading       %.0f %%\n", 100.0 * typical.zxingMs / (typical.zxingMs + typical.decodeMs));
    return 0;
}
