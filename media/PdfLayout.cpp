// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/PdfLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextLayout>

namespace ler::media {

namespace {

constexpr int kResolution = 600;
constexpr double kMarginMm = 18;
constexpr double kFooterMm = 12;

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QTextOption wrapping()
{
    // Words wrap at spaces; a long identifier (a DID, a challenge) breaks anywhere rather than run off the page.
    QTextOption o;
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return o;
}

} // namespace

void setUpWriter(QPdfWriter& writer, QPageSize::PageSizeId paper, const QString& title)
{
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(paper));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("LER Wallet"));
}

PdfLayout::PdfLayout(QPagedPaintDevice& device, QPainter& painter, QString footer, int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_footer(std::move(footer))
    , m_total(totalPages)
{
    m_fonts.title = font(17, true);
    m_fonts.heading = font(12.5, true);
    m_fonts.body = font(9.5);
    m_fonts.bold = font(9.5, true);
    m_fonts.small = font(8);
    m_left = mm(kMarginMm);
    m_top = mm(kMarginMm);
    m_width = device.width() - 2 * m_left;
    m_bottom = device.height() - mm(kMarginMm + kFooterMm);
    m_y = m_top;
}

double PdfLayout::mm(double millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

bool PdfLayout::fits(double height) const
{
    return m_y + height <= m_bottom;
}

void PdfLayout::advance(double height)
{
    m_y += height;
}

void PdfLayout::space(double millimetres)
{
    m_y += mm(millimetres);
}

void PdfLayout::footer()
{
    const QString page = m_total > 0
        ? QCoreApplication::translate("ler::media", "page %1 of %2").arg(m_page).arg(m_total)
        : QCoreApplication::translate("ler::media", "page %1").arg(m_page);
    m_painter.save();
    m_painter.setPen(QColor(0x55, 0x55, 0x55));
    m_painter.setFont(m_fonts.small);
    const QRectF area(m_left, m_bottom + mm(kFooterMm) - mm(5), m_width, mm(5));
    m_painter.drawLine(QPointF(m_left, area.top() - mm(1.5)), QPointF(m_left + m_width, area.top() - mm(1.5)));
    m_painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, page);
    m_painter.restore();
}

void PdfLayout::newPage()
{
    footer();
    m_device.newPage();
    ++m_page;
    m_y = m_top;
}

double PdfLayout::textHeight(const QString& text, const QFont& f, double width) const
{
    QTextLayout layout(text, f, &m_device);
    layout.setTextOption(wrapping());
    double height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return height;
}

double PdfLayout::draw(const QString& text, const QFont& f, double x, double width, const QColor& color)
{
    QTextLayout layout(text, f, &m_device);
    layout.setTextOption(wrapping());
    double height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    m_painter.save();
    m_painter.setPen(color.isValid() ? color : QColor(Qt::black));
    layout.draw(&m_painter, QPointF(x, m_y));
    m_painter.restore();
    return height;
}

void PdfLayout::text(const QString& text, const QFont& f, double indentMm, double spaceAfterMm)
{
    const double width = m_width - mm(indentMm);
    if (!fits(textHeight(text, f, width)))
        newPage();
    m_y += draw(text, f, m_left + mm(indentMm), width, {});
    space(spaceAfterMm);
}

void PdfLayout::field(const QString& label, const QString& value)
{
    const double labelWidth = mm(30);
    const double valueWidth = m_width - labelWidth;
    const double height
        = std::max(textHeight(label, m_fonts.bold, labelWidth), textHeight(value, m_fonts.body, valueWidth));
    if (!fits(height))
        newPage();
    draw(label, m_fonts.bold, m_left, labelWidth, {});
    draw(value, m_fonts.body, m_left + labelWidth, valueWidth, {});
    m_y += height + mm(1);
}

void PdfLayout::heading(const QString& text)
{
    const double height = textHeight(text, m_fonts.heading, m_width);
    // A heading never ends a page: keep room for about four lines after it.
    if (!fits(height + mm(20)))
        newPage();
    space(2);
    m_y += draw(text, m_fonts.heading, m_left, m_width, QColor(0x1a, 0x3c, 0x6e));
    space(2);
}

void PdfLayout::block(const QList<PdfLine>& lines, double spaceAfterMm, bool keepTogether)
{
    double total = 0;
    for (const PdfLine& l : lines)
        total += textHeight(l.text, l.font, m_width - mm(l.indentMm)) + mm(0.8);
    if (keepTogether && !fits(total) && total <= m_bottom - m_top)
        newPage();
    for (const PdfLine& l : lines) {
        const double width = m_width - mm(l.indentMm);
        if (!fits(textHeight(l.text, l.font, width)))
            newPage();
        m_y += draw(l.text, l.font, m_left + mm(l.indentMm), width, l.color) + mm(0.8);
    }
    space(spaceAfterMm);
}

void PdfLayout::centred(const QList<PdfLine>& lines, const QRectF& area)
{
    double y = area.top() + mm(1);
    m_painter.save();
    for (const PdfLine& l : lines) {
        if (l.text.isEmpty())
            continue;
        const QFontMetricsF metrics(l.font, &m_device);
        m_painter.setFont(l.font);
        m_painter.setPen(l.color.isValid() ? l.color : QColor(Qt::black));
        const QString text = metrics.elidedText(l.text, Qt::ElideRight, area.width());
        m_painter.drawText(
            QRectF(area.left(), y, area.width(), metrics.height()), Qt::AlignHCenter | Qt::AlignTop, text);
        y += metrics.height();
    }
    m_painter.restore();
}

void PdfLayout::finish()
{
    footer();
}

} // namespace ler::media
