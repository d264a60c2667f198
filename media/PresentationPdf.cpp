// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/PresentationPdf.h"

#include "media/PdfLayout.h"
#include "media/PresentationCodes.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainterPath>
#include <QPdfWriter>

namespace ler::media {

namespace {

QString dateText(const QDateTime& t)
{
    return QLocale().toString(t.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

QString dateTimeText(const QDateTime& t)
{
    return QLocale().toString(t.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm")) + QStringLiteral(" UTC");
}

/// A record's warning as the recipient reads it (the holder's own check is told separately).
QString warningText(present::RecordWarning w)
{
    switch (w) {
    case present::RecordWarning::Expired:
        return QCoreApplication::translate("ler::media", "It has expired.");
    case present::RecordWarning::NotYetValid:
        return QCoreApplication::translate("ler::media", "It is not valid yet.");
    case present::RecordWarning::IssuerUnknown:
        return QCoreApplication::translate("ler::media", "Nothing ties its signing key to the issuer it names.");
    case present::RecordWarning::NoSignature:
        return QCoreApplication::translate(
            "ler::media", "It carries no signature of its own, so it cannot be verified.");
    case present::RecordWarning::NotChecked:
    case present::RecordWarning::NotVerified:
    case present::RecordWarning::PartlyVerified:
    case present::RecordWarning::SelfAsserted:
        break;
    }
    return {};
}

/// What the holder's wallet found when it last checked the record.
QString verificationText(const present::PreviewRecord& r)
{
    const QString when = r.verifiedAt.isValid() ? dateText(r.verifiedAt) : QString();
    if (r.sharing == present::SharingMode::SelfAsserted)
        return QCoreApplication::translate(
            "ler::media", "Self-asserted: the holder states this; no issuer vouches for it.");
    if (r.verification == QLatin1String("verified"))
        return QCoreApplication::translate("ler::media", "The holder's wallet verified it on %1.").arg(when);
    if (r.verification == QLatin1String("partly-verified"))
        return QCoreApplication::translate("ler::media", "The holder's wallet could only partly verify it, on %1.")
            .arg(when);
    if (r.verification == QLatin1String("not-verified"))
        return QCoreApplication::translate(
            "ler::media", "It did NOT pass verification when the holder's wallet checked it on %1.")
            .arg(when);
    if (r.verification == QLatin1String("unverifiable"))
        return QCoreApplication::translate("ler::media", "It carries nothing that can be verified.");
    return QCoreApplication::translate("ler::media", "The holder's wallet has not verified it.");
}

QString sharingText(const present::PreviewRecord& r)
{
    switch (r.sharing) {
    case present::SharingMode::Whole:
        return QCoreApplication::translate("ler::media", "Shared whole, exactly as the issuer signed it.");
    case present::SharingMode::SelfAsserted:
        return QCoreApplication::translate("ler::media", "Issued and signed by the holder's own wallet.");
    case present::SharingMode::Selective: {
        QStringList shown;
        for (const present::PreviewClaim& c : r.claims) {
            if (c.shared)
                shown.append(c.path);
        }
        if (shown.isEmpty())
            return QCoreApplication::translate(
                "ler::media", "Only the issuer's fixed claims are shown; every optional claim stays hidden.");
        return QCoreApplication::translate(
            "ler::media", "Only these optional claims are shown: %1. The others stay hidden.")
            .arg(shown.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QString datesText(const present::PreviewRecord& r)
{
    QStringList parts;
    if (!r.issuer.isEmpty())
        parts.append(QCoreApplication::translate("ler::media", "Issued by %1").arg(r.issuer));
    if (r.issued.isValid())
        parts.append(QCoreApplication::translate("ler::media", "issued %1").arg(dateText(r.issued)));
    else if (r.validFrom.isValid())
        parts.append(QCoreApplication::translate("ler::media", "valid from %1").arg(dateText(r.validFrom)));
    if (r.validUntil.isValid())
        parts.append(QCoreApplication::translate("ler::media", "valid until %1").arg(dateText(r.validUntil)));
    return parts.join(QStringLiteral(" · "));
}

/// Where a record's code is: "QR code 2 of 5", "QR codes 4 to 6 of 6".
QString codesOfRecord(const present::QrCodes& codes, int record)
{
    QList<int> at;
    for (qsizetype i = 0; i < codes.codes.size(); ++i) {
        if (codes.codes.at(i).records.contains(record))
            at.append(int(i) + 1);
    }
    if (at.isEmpty())
        return {};
    const int n = int(codes.codes.size());
    if (at.size() == 1)
        return n == 1 ? QCoreApplication::translate("ler::media", "It is in the QR code below.")
                      : QCoreApplication::translate("ler::media", "It is in QR code %1 of %2.").arg(at.first()).arg(n);
    return QCoreApplication::translate("ler::media", "It is in QR codes %1 to %2 of %3, read together.")
        .arg(at.first())
        .arg(at.last())
        .arg(n);
}

void summary(PdfLayout& l, const present::Preview& p, const present::QrCodes& codes)
{
    const PdfFonts& f = l.fonts();
    l.text(QCoreApplication::translate("ler::media", "Records shared from LER Wallet"), f.title, 0, 4);
    const QDateTime created = codes.presentations.isEmpty() ? QDateTime() : codes.presentations.first().created;
    l.field(QCoreApplication::translate("ler::media", "Shared by"),
        QCoreApplication::translate("ler::media", "the wallet %1 (the holder)").arg(p.holderDid));
    l.field(QCoreApplication::translate("ler::media", "For"),
        p.domain.isEmpty() ? QCoreApplication::translate("ler::media", "no recipient named") : p.domain);
    if (created.isValid())
        l.field(QCoreApplication::translate("ler::media", "Made"), dateTimeText(created));
    l.field(QCoreApplication::translate("ler::media", "Valid until"),
        p.expires.isValid() ? dateTimeText(p.expires)
                            : QCoreApplication::translate(
                                "ler::media", "no end set by the holder (the checker's own age limit applies)"));
    l.field(QCoreApplication::translate("ler::media", "Challenge"),
        p.challengeMade ? QCoreApplication::translate("ler::media", "%1 (made by the holder's wallet)").arg(p.challenge)
                        : p.challenge);
    l.space(3);
    l.text(QCoreApplication::translate("ler::media",
               "This page is a summary in words. What counts is the signed data in the QR codes: check it as explained "
               "below before you rely on it."),
        f.small,
        0,
        4);
}

void records(PdfLayout& l, const present::Preview& p, const present::QrCodes& codes)
{
    const PdfFonts& f = l.fonts();
    l.heading(
        QCoreApplication::translate("ler::media", "What is shared (%n record(s))", nullptr, int(p.records.size())));
    for (qsizetype i = 0; i < p.records.size(); ++i) {
        const present::PreviewRecord& r = p.records.at(i);
        QList<PdfLine> lines { { QStringLiteral("%1. %2").arg(i + 1).arg(r.title), f.bold, 0, {} } };
        const QString dates = datesText(r);
        if (!dates.isEmpty())
            lines.append({ dates, f.body, 5, {} });
        lines.append({ sharingText(r), f.body, 5, {} });
        const bool bad = r.verification == QLatin1String("not-verified");
        lines.append({ verificationText(r), bad ? f.bold : f.body, 5, bad ? QColor(0xb0, 0, 0x20) : QColor() });
        for (present::RecordWarning w : r.warnings) {
            const QString text = warningText(w);
            if (!text.isEmpty())
                lines.append({ QCoreApplication::translate("ler::media", "Warning: %1").arg(text),
                    f.bold,
                    5,
                    QColor(0x8a, 0x4b, 0) });
        }
        const QString where = codesOfRecord(codes, int(i));
        if (!where.isEmpty())
            lines.append({ where, f.small, 5, {} });
        l.block(lines, 3);
    }
}

void drawCode(PdfLayout& l, const QrSymbol& symbol, const QRectF& area)
{
    const int quiet = 4;
    const int modules = symbol.size() + 2 * quiet;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < symbol.size(); ++y) {
        int x = 0;
        while (x < symbol.size()) {
            if (!symbol.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbol.size() && symbol.dark(x, y))
                ++x;
            path.addRect(start + quiet, y + quiet, x - start, 1);
        }
    }
    QPainter& painter = l.painter();
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(area.width() / modules, area.height() / modules);
    painter.setPen(Qt::NoPen);
    painter.fillPath(path.simplified(), Qt::black);
    painter.restore();
}

/// How large a code is printed: 0.6 mm a module, at least 4 cm; two side by side when that leaves at least 0.5 mm.
struct CodeSize
{
    double side = 0;
    bool twoUp = false;
};

CodeSize codeSize(const PdfLayout& l, const QrSymbol& symbol, double column)
{
    const int modules = symbol.size() + 8;
    const double side = std::max(l.mm(40), l.mm(modules * 0.6));
    if (l.mm(modules * 0.5) <= column)
        return { std::min(side, column), true };
    return { std::min(side, l.width()), false };
}

Status qrSection(PdfLayout& l, const present::Preview& p, const present::QrCodes& codes)
{
    const PdfFonts& f = l.fonts();
    QList<QrSymbol> symbols;
    for (const present::QrCodeSpec& c : codes.codes) {
        auto symbol = symbolFor(c);
        if (!symbol)
            return symbol.error();
        symbols.append(*symbol);
    }
    bool parts = false;
    for (const present::QrCodeSpec& c : codes.codes)
        parts = parts || c.kind == present::QrCodeSpec::Kind::Part;
    QString intro = codes.codes.size() > 1
        ? QCoreApplication::translate("ler::media",
            "Each VPQR code holds one record in a presentation signed by the holder's wallet, complete on its own.")
        : QCoreApplication::translate(
            "ler::media", "The code holds the whole presentation, signed by the holder's wallet.");
    if (parts) {
        intro += QLatin1Char(' ')
            + QCoreApplication::translate(
                "ler::media", "Codes marked \"part\" hold one presentation together: scan all of them.");
    }
    const double gap = l.mm(6);
    const double column = (l.width() - gap) / 2;
    const double captionHeight = l.mm(15);
    // The heading stays with the first code.
    const double first = codeSize(l, symbols.constFirst(), column).side + captionHeight;
    if (!l.fits(l.mm(12) + l.textHeight(intro, f.body, l.width()) + first))
        l.newPage();
    l.heading(QCoreApplication::translate("ler::media", "The QR codes (%n)", nullptr, int(codes.codes.size())));
    l.text(intro, f.body, 0, 3);

    double x = 0;
    double rowHeight = 0;
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        const CodeSize size = codeSize(l, symbols.at(i), column);
        const double cell = size.side + captionHeight;
        if (x > 0 && (!size.twoUp || x + column > l.width() + 1)) {
            l.advance(rowHeight);
            x = 0;
            rowHeight = 0;
        }
        if (x == 0 && !l.fits(cell))
            l.newPage();
        const double cellWidth = size.twoUp ? column : l.width();
        const QRectF area(l.left() + x + (cellWidth - size.side) / 2, l.y(), size.side, size.side);
        drawCode(l, symbols.at(i), area);
        const QrCaption caption = captionFor(p, codes, int(i));
        const QList<PdfLine> lines {
            { caption.counter, f.heading, 0, {} }, { caption.title, f.body, 0, {} }, { caption.note, f.small, 0, {} }
        };
        l.centred(lines, QRectF(l.left() + x, l.y() + size.side, cellWidth, captionHeight));
        rowHeight = std::max(rowHeight, cell + l.mm(4));
        x += size.twoUp ? column + gap : l.width();
        if (!size.twoUp) {
            l.advance(rowHeight);
            x = 0;
            rowHeight = 0;
        }
    }
    if (x > 0)
        l.advance(rowHeight);
    return {};
}

void guide(PdfLayout& l, const present::Preview& p, const present::QrCodes& codes)
{
    const PdfFonts& f = l.fonts();
    bool vpqr = false;
    for (const present::QrCodeSpec& c : codes.codes)
        vpqr = vpqr || c.kind == present::QrCodeSpec::Kind::Vpqr;
    QList<PdfLine> lines {
        { QCoreApplication::translate("ler::media",
              "1. With LER Wallet (free, no account needed): choose \"Check a presentation\" on its start screen or in "
              "its File menu and open this PDF file, or photos or scans of its QR codes. Type in the challenge you "
              "gave "
              "the job seeker and your domain, if you gave them: a presentation made for someone else is then "
              "refused. LER Wallet reads every code on this page."),
            f.body,
            0,
            {} },
    };
    if (vpqr) {
        lines.append({ QCoreApplication::translate("ler::media",
                           "2. With VerifierPlus (verifierplus.org) or the Learner Credential Wallet app: scan a code "
                           "marked VPQR. Each one is a complete signed presentation of its record."),
            f.body,
            0,
            {} });
    }
    lines.append({ QCoreApplication::translate("ler::media",
                       "What a good result means: the holder's wallet signed the presentation for you, and each "
                       "issuer's signature is valid, so nothing was changed since it was issued. Make sure each issuer "
                       "is who you expect. Self-asserted records are the job seeker's own statements."),
        f.body,
        0,
        {} });
    if (!p.challenge.isEmpty()) {
        lines.append({ QCoreApplication::translate("ler::media",
                           "The challenge in this presentation is %1. If you asked for a different one, do not accept "
                           "it.")
                           .arg(p.challenge),
            f.small,
            0,
            {} });
    }
    l.heading(QCoreApplication::translate("ler::media", "For the employer: how to check"));
    l.block(lines, 2, true);
}

int render(
    QPagedPaintDevice& device, const present::Preview& p, const present::QrCodes& codes, int total, Status& status)
{
    QPainter painter(&device);
    const QString footer = p.domain.isEmpty()
        ? QCoreApplication::translate("ler::media", "LER Wallet presentation")
        : QCoreApplication::translate("ler::media", "LER Wallet presentation for %1").arg(p.domain);
    PdfLayout l(device, painter, footer, total);
    summary(l, p, codes);
    records(l, p, codes);
    guide(l, p, codes);
    status = qrSection(l, p, codes);
    l.finish();
    return l.pages();
}

/// The pages it takes on paper of this layout: painted once into a PDF nobody keeps.
int countPages(
    const QPageLayout& layout, int dpi, const present::Preview& p, const present::QrCodes& codes, Status& status)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(dpi);
    writer.setPageLayout(layout);
    return render(writer, p, codes, 0, status);
}

} // namespace

QPageSize::PageSizeId defaultPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

Status paintPresentation(QPagedPaintDevice& device, const present::Preview& preview, const present::QrCodes& codes)
{
    if (codes.codes.isEmpty())
        return Error(ErrorCode::InvalidInput, tx("ler::media", "a presentation document needs its QR codes"));
    // Twice: the first pass counts the pages, so every footer can say "page 2 of 3".
    QPageLayout layout = device.pageLayout();
    layout.setMargins(QMarginsF());
    Status status;
    const int pages = countPages(layout, device.logicalDpiY(), preview, codes, status);
    if (!status)
        return status;
    render(device, preview, codes, pages, status);
    return status;
}

Result<QByteArray> presentationPdf(
    const present::Preview& preview, const present::QrCodes& codes, QPageSize::PageSizeId paper)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUpWriter(writer, paper, QCoreApplication::translate("ler::media", "Records shared from LER Wallet"));
        if (Status s = paintPresentation(writer, preview, codes); !s)
            return s.error();
    }
    return bytes;
}

} // namespace ler::media
