// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPdfWriter;

/// A small top-to-bottom page layout for the PDFs the wallet writes: wrapped text (long identifiers break anywhere),
/// blocks kept on one page, a footer with "page 2 of 3". Lengths are device units unless a name says mm.
namespace ler::media {

struct PdfFonts
{
    QFont title;
    QFont heading;
    QFont body;
    QFont bold;
    QFont small;
};

/// One paragraph of a block.
struct PdfLine
{
    QString text;
    QFont font;
    double indentMm = 0;
    QColor color; ///< invalid: black
};

/// Page size, margins, resolution and document title of a writer.
void setUpWriter(QPdfWriter& writer, QPageSize::PageSizeId paper, const QString& title);

class PdfLayout
{
public:
    /// Lays out on device (a QPdfWriter, or a QPrinter set to full page) through painter. totalPages is the count of
    /// a previous pass (0 when unknown: footers then say only "page 2").
    PdfLayout(QPagedPaintDevice& device, QPainter& painter, QString footer, int totalPages);

    const PdfFonts& fonts() const { return m_fonts; }
    QPainter& painter() { return m_painter; }
    double mm(double millimetres) const;
    double left() const { return m_left; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    int pages() const { return m_page; }

    /// True if height still fits on this page.
    bool fits(double height) const;
    void advance(double height);
    void space(double millimetres);
    void newPage();

    /// The height text takes when wrapped to width.
    double textHeight(const QString& text, const QFont& font, double width) const;
    void text(const QString& text, const QFont& font, double indentMm = 0, double spaceAfterMm = 1.5);
    /// "Label:  value", the value wrapped beside the label.
    void field(const QString& label, const QString& value);
    /// A section heading, kept on the page with at least a few lines after it.
    void heading(const QString& text);
    /// Lines kept together on one page when they fit one.
    void block(const QList<PdfLine>& lines, double spaceAfterMm, bool keepTogether = true);
    /// Lines centred in area (captions); each cut to one line.
    void centred(const QList<PdfLine>& lines, const QRectF& area);
    /// Ends the last page (its footer).
    void finish();

private:
    double draw(const QString& text, const QFont& font, double x, double width, const QColor& color);
    void footer();

    QPagedPaintDevice& m_device;
    QPainter& m_painter;
    QString m_footer;
    int m_total = 0;
    int m_page = 1;
    PdfFonts m_fonts;
    double m_left = 0;
    double m_top = 0;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
};

} // namespace ler::media
