// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QStyledItemDelegate>

namespace ler::ui {

class PictureCache;

/// Draws a record as a card (picture, title, issuer, date, verification as a mark and words) or as a timeline row,
/// and a year as a header. Colours come from the palette, so light and dark themes both read well.
class RecordCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RecordCardDelegate(PictureCache* pictures, QObject* parent = nullptr);

    void setTimeline(bool timeline) { m_timeline = timeline; }
    /// The size of a card in the grid, from the font (so it grows with scaling and larger fonts).
    static QSize cardSize(const QFont& font);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The colour that marks a verification state on this palette.
    static QColor stateColour(const QString& outcome, const QPalette& palette);
    /// The mark drawn for a state: ✔, !, ✘, ? or •.
    static QString stateMark(const QString& outcome);

private:
    void paintHeader(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintPicture(QPainter* p, const QRect& r, const QModelIndex& index, const QPalette& palette) const;

    PictureCache* m_pictures;
    bool m_timeline = false;
};

} // namespace ler::ui
