// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/qr/QrPayload.h"
#include "media/ImageFile.h"
#include "media/QrImage.h"
#include "media/QrReader.h"
#include "support/TestVectors.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace ler;
using qr::EccLevel;

namespace {

const QString kData = QStringLiteral(LER_TEST_DATA);

QJsonObject readJson(const QString& rel)
{
    return QJsonDocument::fromJson(test::readFile(kData + u'/' + rel)).object();
}

/// The symbol on white, turned by degrees about its centre (a hand-held phone photo of a screen or a page).
QImage rotated(const QImage& image, double degrees)
{
    const QImage turned = image.convertToFormat(QImage::Format_ARGB32)
                              .transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    QImage out(turned.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter(&out).drawImage(0, 0, turned);
    return out;
}

QImage scaled(const QImage& image, double factor)
{
    return image.scaled(QSize(int(image.width() * factor), int(image.height() * factor)),
        Qt::IgnoreAspectRatio,
        Qt::SmoothTransformation);
}

/// Sensor noise (uniform, +-amplitude grey levels) and a 3x3 box blur (slight defocus).
QImage noisyAndBlurred(const QImage& image, int amplitude, quint32 seed)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QImage blurred(gray.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        uchar* out = blurred.scanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            int sum = 0;
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int yy = y + dy;
                    const int xx = x + dx;
                    if (yy >= 0 && yy < gray.height() && xx >= 0 && xx < gray.width()) {
                        sum += gray.constScanLine(yy)[xx];
                        ++n;
                    }
                }
            }
            out[x] = uchar(sum / n);
        }
    }
    QRandomGenerator rng(seed);
    for (int y = 0; y < blurred.height(); ++y) {
        uchar* line = blurred.scanLine(y);
        for (int x = 0; x < blurred.width(); ++x) {
            line[x] = uchar(std::clamp(int(line[x]) + int(rng.bounded(2 * amplitude + 1)) - amplitude, 0, 255));
        }
    }
    return blurred;
}

QString vpqrPayload()
{
    return qr::encodeVpqr(readJson(QStringLiteral("vpqr/vp-ob3.json"))).value();
}

/// Standard CRC-32 (as PNG chunks use), for making a PNG header by hand.
quint32 crc32(const QByteArray& data)
{
    quint32 c = 0xffffffffu;
    for (const char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k) {
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        }
    }
    return c ^ 0xffffffffu;
}

QByteArray bigEndian(quint32 v)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i) {
        out[i] = char(v >> (24 - 8 * i));
    }
    return out;
}

} // namespace

class TestQrMedia : public QObject
{
    Q_OBJECT

private slots:
    /// core/qr's capacity table agrees with QR-Code-generator for every version and level: exactly the capacity
    /// fits the version, one character more does not.
    void capacityAgreesWithQrCodeGenerator()
    {
        for (int v = qr::kMinVersion; v <= qr::kMaxVersion; ++v) {
            for (const EccLevel ecc : { EccLevel::Low, EccLevel::Medium, EccLevel::Quartile, EccLevel::High }) {
                const int capacity = qr::alphanumericCapacity(v, ecc);
                const QString full(capacity, u'Q');
                auto fits = media::QrSymbol::encode(full, ecc, v);
                QVERIFY2(fits, qPrintable(QStringLiteral("version %1 level %2").arg(v).arg(int(ecc))));
                QCOMPARE(fits->version(), v);
                QCOMPARE(fits->size(), qr::symbolSize(v));
                QVERIFY(int(fits->ecc()) >= int(ecc));
                QVERIFY(!media::QrSymbol::encode(full + u'Q', ecc, v));
                QCOMPARE(qr::smallestVersion(full, ecc), v);
            }
        }
    }

    /// A presentation of one Open Badge in one code under the wallet's policy, read back after what happens to a
    /// code between a screen or a page and a phone.
    void vpqrSurvivesPhotos_data()
    {
        QTest::addColumn<QImage>("image");
        auto symbol = media::QrSymbol::encode(vpqrPayload(), qr::QrPolicy {});
        QVERIFY2(symbol, symbol ? "" : qPrintable(symbol.error().message.untranslated()));
        QVERIFY(symbol->version() <= qr::QrPolicy {}.maxVersion);
        const QImage clean = media::renderQr(*symbol);
        QCOMPARE(clean.width(), (symbol->size() + 8) * 8);
        QTest::newRow("as drawn") << clean;
        QTest::newRow("half size") << scaled(clean, 0.5);
        QTest::newRow("enlarged 1.7 times") << scaled(clean, 1.7);
        QTest::newRow("turned 90 degrees") << rotated(clean, 90);
        QTest::newRow("tilted 7 degrees") << rotated(clean, 7);
        QTest::newRow("tilted -7 degrees, 0.6 size") << rotated(scaled(clean, 0.6), -7);
        QTest::newRow("noise and blur") << noisyAndBlurred(clean, 60, 1);
        QTest::newRow("tilted, noisy, blurred") << noisyAndBlurred(rotated(clean, 7), 40, 2);
    }

    void vpqrSurvivesPhotos()
    {
        QFETCH(QImage, image);
        auto texts = media::readQrCodes(image);
        QVERIFY2(texts, texts ? "" : qPrintable(texts.error().message.untranslated()));
        QCOMPARE(texts->size(), 1);
        QCOMPARE(texts->first(), vpqrPayload());
    }

    /// Files as they are shared: PNG and a lossy JPEG, read by ZXing and, when installed, by zbarimg.
    void filesReadByZxingAndZbar_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("quality");
        QTest::addColumn<double>("degrees");
        QTest::newRow("PNG") << QStringLiteral("PNG") << -1 << 0.0;
        QTest::newRow("JPEG quality 60") << QStringLiteral("JPEG") << 60 << 0.0;
        QTest::newRow("JPEG, tilted 7 degrees") << QStringLiteral("JPEG") << 75 << 7.0;
    }

    void filesReadByZxingAndZbar()
    {
        QFETCH(QString, format);
        QFETCH(int, quality);
        QFETCH(double, degrees);
        const QString payload = vpqrPayload();
        auto symbol = media::QrSymbol::encode(payload, qr::QrPolicy {});
        QVERIFY(symbol);
        QImage image = media::renderQr(*symbol);
        if (degrees != 0) {
            image = rotated(image, degrees);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.") + format.toLower());
        QVERIFY(media::saveImage(image, path, format.toLatin1().constData(), quality));
        auto texts = media::readQrCodesFromFile(path);
        QVERIFY2(texts, texts ? "" : qPrintable(texts.error().message.untranslated()));
        QCOMPARE(texts->value(0), payload);

        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbar.isEmpty()) {
            QSKIP("skipped: zbarimg is not installed (Debian package zbar-tools, installed by scripts/setup.sh); "
                  "ZXing read the code.");
        }
        QProcess p;
        p.start(zbar, { QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), path });
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(p.readAllStandardOutput()).trimmed(), payload);
    }

    /// Every part of a multi-part presentation is a readable code, and several codes in one picture are all read.
    void multiPartCodesAreRead()
    {
        QByteArray noise(3000, Qt::Uninitialized);
        QRandomGenerator rng(3);
        for (char& c : noise) {
            c = char(rng.bounded(256));
        }
        auto parts
            = qr::encodeMultiPart(qr::ContentKind::Text, noise.toBase64(QByteArray::Base64UrlEncoding) + "~", {});
        QVERIFY(parts && parts->size() >= 2);
        QImage sheet(2400, 1400, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        media::QrRenderOptions small;
        small.moduleSize = 4;
        int x = 20;
        for (const QString& part : parts->mid(0, 3)) {
            auto symbol = media::QrSymbol::encode(part, qr::QrPolicy {});
            QVERIFY(symbol);
            const QImage code = media::renderQr(*symbol, small);
            painter.drawImage(x, 40, code);
            x += code.width() + 40;
        }
        painter.end();
        auto texts = media::readQrCodes(sheet);
        QVERIFY2(texts, texts ? "" : qPrintable(texts.error().message.untranslated()));
        QCOMPARE(texts->size(), std::min<qsizetype>(3, parts->size()));
        for (const QString& t : *texts) {
            QVERIFY(parts->contains(t));
        }
    }

    /// The SVG is a proper, print-sized document that draws the same code.
    void svgDrawsTheSameCode()
    {
        const QString payload = vpqrPayload();
        auto symbol = media::QrSymbol::encode(payload, qr::QrPolicy {});
        QVERIFY(symbol);
        media::QrSvgOptions options;
        options.title = QStringLiteral("Part 1 of 1 <VPQR>");
        const QByteArray svg = media::qrToSvg(*symbol, options);
        const int side = symbol->size() + 8;
        QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %1\"").arg(side).toLatin1()));
        QVERIFY(svg.contains(QString::number(side * 0.6, 'f', 2).toLatin1() + "mm"));
        QVERIFY(svg.contains("&lt;VPQR&gt;"));
        QVERIFY(svg.contains("crispEdges"));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage image(side * 6, side * 6, QImage::Format_RGB32);
        image.fill(Qt::red);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // the quiet zone is painted white
        auto texts = media::readQrCodes(image);
        QVERIFY2(texts, texts ? "" : qPrintable(texts.error().message.untranslated()));
        QCOMPARE(texts->value(0), payload);

        QTemporaryDir dir;
        QVERIFY(media::saveQrSvg(*symbol, dir.filePath(QStringLiteral("code.svg"))));
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("code.svg"))), media::qrToSvg(*symbol));
    }

    void tooLargeForOneCode()
    {
        auto symbol = media::QrSymbol::encode(QString(2000, u'A'), qr::QrPolicy {});
        QVERIFY(!symbol);
        QCOMPARE(symbol.error().code, ErrorCode::LimitExceeded);
    }

    void imagesAreRefusedSafely()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("not-an-image.png"));
        QVERIFY(media::saveFile("{\"this\": \"is JSON\"}", text));
        auto notImage = media::readQrCodesFromFile(text);
        QVERIFY(!notImage);
        QCOMPARE(notImage.error().code, ErrorCode::InvalidInput);

        // A PNG header that claims 30000 x 30000 pixels is refused before anything is decoded.
        QByteArray ihdr = "IHDR" + bigEndian(30000) + bigEndian(30000) + QByteArray::fromHex("0800000000");
        QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + bigEndian(13) + ihdr + bigEndian(crc32(ihdr));
        for (const QByteArray& chunk : { QByteArray("IDAT"), QByteArray("IEND") }) {
            png += bigEndian(0) + chunk + bigEndian(crc32(chunk));
        }
        const QString huge = dir.filePath(QStringLiteral("huge.png"));
        QVERIFY(media::saveFile(png, huge));
        auto big = media::loadImage(huge);
        QVERIFY(!big);
        QCOMPARE(big.error().code, ErrorCode::LimitExceeded);

        QImage blank(300, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        auto none = media::readQrCodes(blank);
        QVERIFY(!none);
        QCOMPARE(none.error().reason, QStringLiteral("qr/none-found"));

        QVERIFY(!media::saveImage(blank, dir.filePath(QStringLiteral("no/such/folder/x.png"))));
    }
};

QTEST_MAIN(TestQrMedia)
#include "TestQrMedia.moc"
