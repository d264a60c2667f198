// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/QrCard.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QXmlStreamWriter>

namespace ler::media {

namespace {

QStringList linesOf(const QrCaption& caption)
{
    QStringList out;
    for (const QString& s : { caption.counter, caption.title, caption.note }) {
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

/// SVG text does not wrap: a long line is cut to about what fits the code's width.
QString cut(const QString& text, double width, double size)
{
    const int fits = std::max(8, int(width / (size * 0.55)));
    return text.size() <= fits ? text : text.left(fits - 1) + QChar(0x2026);
}

QString formatMm(double mm)
{
    return QString::number(mm, 'f', 2) + QStringLiteral("mm");
}

} // namespace

QImage renderQrCard(const QrSymbol& symbol, const QrCaption& caption, const QrRenderOptions& options)
{
    const QImage code = renderQr(symbol, options);
    if (linesOf(caption).isEmpty())
        return code;
    const int width = code.width();
    const int margin = std::max(8, width / 40);
    QFont big;
    big.setPixelSize(std::clamp(width / 16, 14, 48));
    big.setBold(true);
    QFont normal;
    normal.setPixelSize(std::clamp(width / 24, 11, 32));
    QFont small = normal;
    small.setPixelSize(std::clamp(width / 30, 10, 26));

    // Each line is elided to the width of the code, so the card stays as wide as the code.
    struct Line
    {
        QString text;
        QFont font;
    };
    QList<Line> lines;
    if (!caption.counter.isEmpty())
        lines.append({ caption.counter, big });
    if (!caption.title.isEmpty())
        lines.append({ caption.title, normal });
    if (!caption.note.isEmpty())
        lines.append({ caption.note, small });
    int height = 0;
    for (Line& l : lines) {
        const QFontMetrics m(l.font);
        l.text = m.elidedText(l.text, Qt::ElideRight, width - 2 * margin);
        height += m.height();
    }
    QImage card(width, code.height() + height + margin, QImage::Format_RGB32);
    card.fill(Qt::white);
    QPainter painter(&card);
    painter.drawImage(0, 0, code);
    painter.setPen(Qt::black);
    int y = code.height();
    for (const Line& l : std::as_const(lines)) {
        painter.setFont(l.font);
        const QFontMetrics m(l.font);
        painter.drawText(QRect(margin, y, width - 2 * margin, m.height()), Qt::AlignHCenter | Qt::AlignVCenter, l.text);
        y += m.height();
    }
    return card;
}

QByteArray qrCardSvg(const QrSymbol& symbol, const QrCaption& caption, const QrSvgOptions& options)
{
    const QStringList lines = linesOf(caption);
    const int border = std::max(0, options.quietZone);
    const int side = symbol.size() + 2 * border;
    // Text sizes in module units, relative to the code, so the caption scales with it.
    const double big = std::max(4.0, side / 14.0);
    const double normal = big * 0.7;
    const double height = side + (lines.isEmpty() ? 0 : (big + normal * (lines.size() - 1)) * 1.35 + normal * 0.5);

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(side).arg(height, 0, 'f', 2));
    if (options.moduleMillimetres > 0) {
        xml.writeAttribute(QStringLiteral("width"), formatMm(side * options.moduleMillimetres));
        xml.writeAttribute(QStringLiteral("height"), formatMm(height * options.moduleMillimetres));
    }
    const QString title = !options.title.isEmpty() ? options.title : lines.join(QStringLiteral(" - "));
    if (!title.isEmpty())
        xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeStartElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(side));
    xml.writeAttribute(QStringLiteral("height"), QString::number(height, 'f', 2));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("path"));
    xml.writeAttribute(QStringLiteral("d"), qrSvgPathData(symbol, border));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#000000"));
    xml.writeAttribute(QStringLiteral("shape-rendering"), QStringLiteral("crispEdges"));
    xml.writeEndElement();
    double y = side;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const double size = i == 0 && !caption.counter.isEmpty() ? big : normal;
        y += size * 1.2;
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("x"), QString::number(side / 2.0, 'f', 2));
        xml.writeAttribute(QStringLiteral("y"), QString::number(y, 'f', 2));
        xml.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
        xml.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
        xml.writeAttribute(QStringLiteral("font-size"), QString::number(size, 'f', 2));
        if (size == big)
            xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        xml.writeCharacters(cut(lines.at(i), side - 2 * border, size));
        xml.writeEndElement();
        y += size * 0.15;
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace ler::media
