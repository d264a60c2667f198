// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/records/RecordCardDelegate.h"

#include "ui/records/PictureCache.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordText.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ler::ui {

namespace {

bool isDark(const QPalette& p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

/// A steady colour per kind for pictureless records.
QColor kindColour(const QString& kind, bool dark)
{
    static const QHash<QString, QColor> light {
        { QStringLiteral("education"), QColor(0x3f, 0x51, 0xb5) },
        { QStringLiteral("training"), QColor(0x00, 0x79, 0x6b) },
        { QStringLiteral("work"), QColor(0x6d, 0x4c, 0x41) },
        { QStringLiteral("badge"), QColor(0x8e, 0x24, 0xaa) },
        { QStringLiteral("certification"), QColor(0xc6, 0x28, 0x28) },
        { QStringLiteral("license"), QColor(0x2e, 0x7d, 0x32) },
        { QStringLiteral("course"), QColor(0x02, 0x77, 0xbd) },
        { QStringLiteral("assessment"), QColor(0xef, 0x6c, 0x00) },
    };
    const QColor c = light.value(kind, QColor(0x54, 0x6e, 0x7a));
    return dark ? c.lighter(135) : c;
}

constexpr int kRadius = 8;

} // namespace

RecordCardDelegate::RecordCardDelegate(PictureCache* pictures, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_pictures(pictures)
{ }

QSize RecordCardDelegate::cardSize(const QFont& font)
{
    const QFontMetrics fm(font);
    return { fm.averageCharWidth() * 44 + 24, fm.height() * 5 + 30 };
}

QColor RecordCardDelegate::stateColour(const QString& outcome, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (text::verificationOf(outcome)) {
    case text::Verification::Verified:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case text::Verification::PartlyVerified:
        return dark ? QColor(0xff, 0xca, 0x28) : QColor(0x8a, 0x5a, 0x00);
    case text::Verification::NotVerified:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb0, 0x00, 0x20);
    case text::Verification::Unchecked:
    case text::Verification::NothingToCheck:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString RecordCardDelegate::stateMark(const QString& outcome)
{
    switch (text::verificationOf(outcome)) {
    case text::Verification::Verified:
        return QStringLiteral("✔");
    case text::Verification::PartlyVerified:
        return QStringLiteral("!");
    case text::Verification::NotVerified:
        return QStringLiteral("✘");
    case text::Verification::Unchecked:
        return QStringLiteral("?");
    case text::Verification::NothingToCheck:
        break;
    }
    return QStringLiteral("•");
}

QSize RecordCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    if (index.data(RecordListModel::RowTypeRole).toInt() == int(RecordListModel::RowType::YearHeader)) {
        return { option.rect.width(), fm.height() * 2 + 12 };
    }
    if (m_timeline) {
        return { option.rect.width(), fm.height() * 4 + 20 };
    }
    return cardSize(option.font);
}

void RecordCardDelegate::paintHeader(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 1.45);
    f.setBold(true);
    p->setFont(f);
    p->setPen(option.palette.color(QPalette::Text));
    const QRect r = option.rect.adjusted(12, 6, -12, -2);
    p->drawText(r, Qt::AlignLeft | Qt::AlignBottom, index.data(Qt::DisplayRole).toString());
    const int textWidth = QFontMetrics(f).horizontalAdvance(index.data(Qt::DisplayRole).toString());
    p->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    const int y = r.bottom() - QFontMetrics(f).height() / 2 + 2;
    p->drawLine(r.left() + textWidth + 12, y, r.right(), y);
}

void RecordCardDelegate::paintPicture(
    QPainter* p, const QRect& r, const QModelIndex& index, const QPalette& palette) const
{
    const QString id = index.data(RecordListModel::IdRole).toString();
    const QImage image = m_pictures ? m_pictures->picture(id) : QImage();
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(r.size(), Qt::KeepAspectRatio);
        const QRect target(r.center().x() - fitted.width() / 2 + 1,
            r.center().y() - fitted.height() / 2 + 1,
            fitted.width(),
            fitted.height());
        p->drawImage(target, image);
        return;
    }
    // No picture: a disc in the kind's colour with its first letter.
    const QColor c = kindColour(index.data(RecordListModel::KindNameRole).toString(), isDark(palette));
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    const QRect disc = r.adjusted(4, 4, -4, -4);
    if (index.data(RecordListModel::SelfAssertedRole).toBool()) {
        p->drawRoundedRect(disc, 6, 6);
    } else {
        p->drawEllipse(disc);
    }
    QFont f = p->font();
    f.setBold(true);
    f.setPixelSize(std::max(8, disc.height() * 2 / 5));
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(disc, Qt::AlignCenter, index.data(RecordListModel::KindRole).toString().left(1).toUpper());
}

void RecordCardDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (index.data(RecordListModel::RowTypeRole).toInt() == int(RecordListModel::RowType::YearHeader)) {
        paintHeader(p, option, index);
        p->restore();
        return;
    }
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool nested = index.data(RecordListModel::NestedRole).toBool();
    const QFontMetrics fm(option.font);

    QRect card = option.rect.adjusted(6, 4, -6, -4);
    if (m_timeline) {
        // The spine of the timeline and this record's dot on it.
        const int x = option.rect.left() + 22;
        p->setPen(QPen(pal.color(QPalette::Mid), 2));
        p->drawLine(x, option.rect.top(), x, option.rect.bottom());
        p->setPen(Qt::NoPen);
        p->setBrush(stateColour(index.data(RecordListModel::VerificationRole).toString(), pal));
        const int d = nested ? 8 : 12;
        p->drawEllipse(QPoint(x, option.rect.center().y()), d / 2, d / 2);
        card.setLeft(x + 18);
    }
    if (nested) {
        card.setLeft(card.left() + fm.height() * 2);
    }
    QColor fill = pal.color(QPalette::Base);
    if (selected) {
        fill = mix(fill, pal.color(QPalette::Highlight), isDark(pal) ? 0.35 : 0.15);
    } else if (hovered) {
        fill = mix(fill, pal.color(QPalette::Highlight), 0.06);
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    p->fillPath(path, fill);
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    if (focused) {
        // Visible focus for keyboard users, distinct from selection.
        QPen pen(pal.color(QPalette::Highlight), 2, Qt::DashLine);
        p->setPen(pen);
        p->drawRoundedRect(QRectF(card).adjusted(3, 3, -3, -3), kRadius - 2, kRadius - 2);
    }

    const int pad = 10;
    const int side = std::min(card.height() - 2 * pad, fm.height() * 4);
    const QRect pic(card.left() + pad, card.top() + pad, side, side);
    paintPicture(p, pic, index, pal);

    QRect textArea(
        pic.right() + pad, card.top() + pad - 2, card.right() - pic.right() - 2 * pad, card.height() - 2 * pad);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    p->setFont(titleFont);
    p->setPen(pal.color(QPalette::Text));
    const QFontMetrics tfm(titleFont);
    const QString title = index.data(RecordListModel::TitleRole).toString();
    const int titleLines = m_timeline ? 1 : 2;
    QRect titleRect(textArea.left(), textArea.top(), textArea.width(), tfm.height() * titleLines);
    // Two lines at most; the last one elided.
    QString shown = title;
    if (tfm.horizontalAdvance(title) > titleRect.width() * titleLines - tfm.averageCharWidth() * 2) {
        shown = tfm.elidedText(title, Qt::ElideRight, titleRect.width() * titleLines - tfm.averageCharWidth() * 4);
    }
    QRect used;
    p->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, shown, &used);
    int y = std::max(used.bottom(), titleRect.top() + tfm.height()) + 2;

    p->setFont(option.font);
    p->setPen(
        pal.color(QPalette::PlaceholderText).isValid() ? pal.color(QPalette::WindowText) : pal.color(QPalette::Text));
    const QString issuer = index.data(RecordListModel::IssuerRole).toString();
    const QString date = index.data(RecordListModel::DateRole).toString();
    const QString second = m_timeline && !date.isEmpty() ? issuer + QStringLiteral(" · ") + date : issuer;
    p->drawText(QRect(textArea.left(), y, textArea.width(), fm.height()),
        Qt::AlignLeft,
        fm.elidedText(second, Qt::ElideRight, textArea.width()));
    y += fm.height();
    if (!m_timeline && !date.isEmpty()) {
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(QRect(textArea.left(), y, textArea.width(), fm.height()),
            Qt::AlignLeft,
            fm.elidedText(date, Qt::ElideRight, textArea.width()));
        y += fm.height();
    }

    // The verification state: a mark in its colour, and words (colour is never the only signal).
    const QString outcome = index.data(RecordListModel::VerificationRole).toString();
    const QColor stateC = stateColour(outcome, pal);
    QString words = index.data(RecordListModel::VerificationTextRole).toString();
    const int children = index.data(RecordListModel::ChildCountRole).toInt();
    QString fold;
    if (children > 0) {
        fold = (index.data(RecordListModel::ExpandedRole).toBool() ? QStringLiteral("▾ ") : QStringLiteral("▸ "))
            + QCoreApplication::translate("ler::ui::RecordCardDelegate", "%n inside", nullptr, children);
    }
    const int foldWidth = fold.isEmpty() ? 0 : fm.horizontalAdvance(fold) + 8;
    const QRect stateRect(
        textArea.left(), std::min(y + 2, card.bottom() - pad - fm.height()), textArea.width() - foldWidth, fm.height());
    QFont markFont = option.font;
    markFont.setBold(true);
    p->setFont(markFont);
    p->setPen(stateC);
    const QString mark = stateMark(outcome);
    p->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter, mark);
    const int markW = QFontMetrics(markFont).horizontalAdvance(mark) + 6;
    p->setFont(option.font);
    p->drawText(stateRect.adjusted(markW, 0, 0, 0),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(words, Qt::ElideRight, stateRect.width() - markW));
    if (!fold.isEmpty()) {
        p->setPen(pal.color(QPalette::Link));
        p->drawText(QRect(stateRect.right() + 8, stateRect.top(), foldWidth, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            fold);
    }
    p->restore();
}

} // namespace ler::ui
