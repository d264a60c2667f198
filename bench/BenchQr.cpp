// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Presentations as QR codes: how many codes and characters a presentation takes, and the time to make the codes
/// (CBOR-LD, payloads, symbols, images) against the time to read them back (ZXing on the images, then decoding).

#include "bench/BenchCommands.h"
#include "bench/BenchSupport.h"
#include "core/qr/QrPayload.h"
#include "media/QrImage.h"
#include "media/QrReader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace ler::bench {

namespace {

struct Sample
{
    const char* name;
    const char* file; ///< under tests/data
    bool text; ///< compact text (SD-JWT) rather than JSON-LD
};

const Sample kSamples[] = {
    { "vp-ob3", "vpqr/vp-ob3.json", false },
    { "vp-v1", "vpqr/vp-v1.json", false },
    { "vp-two-badges", "vpqr/vp-two.json", false },
    { "clr2", "vectors/openbadges-eddsa/clr2/signed-credential.json", false },
    { "ob3-every-field", "vectors/openbadges-eddsa/ob3-validator-samples/complete.json", false },
    { "sd-jwt", "vectors/sdjwt/rfc9901-draft22-examples/arf-pid_sd_jwt_vc/sd_jwt_presentation.txt", true },
};

/// Mean milliseconds of op over about `seconds` (at least 3 runs); -1 if op fails.
double meanMs(const std::function<bool()>& op, double seconds)
{
    if (!op()) {
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9) || runs < 3) {
        if (!op()) {
            return -1;
        }
        ++runs;
    }
    return double(timer.nsecsElapsed()) / 1e6 / runs;
}

Result<QStringList> payloadsOf(const Sample& s, const QByteArray& bytes, const qr::QrPolicy& policy)
{
    if (s.text) {
        return qr::encodeText(QString::fromUtf8(bytes).trimmed(), policy);
    }
    return qr::encodeDocument(QJsonDocument::fromJson(bytes).object(), policy);
}

} // namespace

int benchQr(const Args& args)
{
    // Each sample's timings share the run's time budget.
    const double seconds = args.seconds() / 4;
    const qr::QrPolicy policy;
    int failures = 0;
    for (const Sample& s : kSamples) {
        const QString name = QString::fromLatin1(s.name);
        const QByteArray bytes = testData(QString::fromLatin1(s.file));
        const qsizetype inputBytes
            = s.text ? bytes.trimmed().size() : QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact).size();
        auto payloads = payloadsOf(s, bytes, policy);
        auto densest = payloadsOf(s, bytes, qr::QrPolicy { qr::EccLevel::Low, 40 });
        if (inputBytes == 0 || !payloads || !densest) {
            note(QStringLiteral("%1: %2").arg(
                name, payloads ? QStringLiteral("no data") : payloads.error().message.untranslated()));
            ++failures;
            continue;
        }
        qsizetype characters = 0;
        for (const QString& p : std::as_const(*payloads)) {
            characters += p.size();
        }
        QList<QImage> images;
        const double encodeMs = meanMs([&] { return bool(payloadsOf(s, bytes, policy)); }, seconds);
        const double drawMs = meanMs(
            [&] {
                images.clear();
                for (const QString& p : std::as_const(*payloads)) {
                    auto symbol = media::QrSymbol::encode(p, policy);
                    if (!symbol) {
                        return false;
                    }
                    images.append(media::renderQr(*symbol));
                }
                return true;
            },
            seconds);
        const double zxingMs = meanMs(
            [&] {
                for (const QImage& image : std::as_const(images)) {
                    if (!media::readQrCodes(image)) {
                        return false;
                    }
                }
                return true;
            },
            seconds);
        const double decodeMs = meanMs([&] { return bool(qr::decodeQrTexts(*payloads)); }, seconds);
        if (encodeMs < 0 || drawMs < 0 || zxingMs < 0 || decodeMs < 0) {
            note(QStringLiteral("%1: making or reading the codes failed").arg(name));
            ++failures;
            continue;
        }
        // Codes at the default policy (M, up to version 30) against the densest one (L, version 40).
        emitFigure(QStringLiteral("qr-codes/") + name,
            double(payloads->size()),
            QStringLiteral("codes"),
            double(densest->size()));
        emitFigure(QStringLiteral("qr-characters/") + name,
            double(characters),
            QStringLiteral("characters"),
            double(inputBytes));
        emitFigure(QStringLiteral("qr-make/") + name, encodeMs + drawMs, QStringLiteral("ms"), zxingMs + decodeMs);
        emitFigure(QStringLiteral("qr-read/") + name, zxingMs + decodeMs, QStringLiteral("ms"), encodeMs + drawMs);
    }
    return failures == 0 ? 0 : 1;
}

} // namespace ler::bench
