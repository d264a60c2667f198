// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/records/RecordDetailPage.h"

#include "core/export/Resume.h"
#include "ui/records/RecordCardDelegate.h"
#include "ui/records/RecordDetailView.h"
#include "ui/records/RecordText.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ler::ui {

namespace {

constexpr int kPictureSide = 88;

QString prettyXml(const QByteArray& bytes)
{
    QString out;
    QXmlStreamReader reader(bytes);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace()) {
            continue;
        }
        if (reader.tokenType() == QXmlStreamReader::DTD || reader.tokenType() == QXmlStreamReader::EntityReference) {
            continue; // never expanded or shown; the importer refused them anyway
        }
        writer.writeCurrentToken(reader);
    }
    return reader.hasError() ? QString() : out;
}

QString decodeSegment(const QByteArray& segment)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromBase64(segment, QByteArray::Base64UrlEncoding));
    return doc.isNull() ? QString() : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

RecordDetailPage::RecordDetailPage(QWidget* parent)
    : QWidget(parent)
    , m_picture(new QLabel)
    , m_title(new QLabel)
    , m_issuer(new QLabel)
    , m_state(new QLabel)
    , m_verify(new QPushButton(tr("&Check again")))
    , m_edit(new QPushButton(tr("&Edit...")))
    , m_delete(new QPushButton(tr("&Delete...")))
    , m_collect(new QToolButton)
    , m_tags(new QLineEdit)
    , m_body(new RecordDetailView)
    , m_showOriginal(new QPushButton(tr("Show the &original")))
    , m_original(new QPlainTextEdit)
    , m_copy(new QPushButton(tr("C&opy")))
    , m_save(new QPushButton(tr("&Save original...")))
    , m_content(new QWidget)
    , m_placeholder(new QLabel)
{
    setObjectName(QStringLiteral("recordDetailPage"));
    m_picture->setObjectName(QStringLiteral("detailPicture"));
    m_picture->setFixedSize(kPictureSide, kPictureSide);
    m_picture->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_issuer->setObjectName(QStringLiteral("detailIssuer"));
    m_issuer->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("detailVerification"));
    m_state->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Check this record's signature, issuer, dates and status now."));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_collect->setObjectName(QStringLiteral("collectionButton"));
    m_collect->setText(tr("Add to co&llection"));
    m_collect->setPopupMode(QToolButton::InstantPopup);
    m_collect->setMenu(new QMenu(m_collect));
    m_tags->setObjectName(QStringLiteral("tagsField"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas (press Enter to keep them)"));
    m_tags->setAccessibleName(tr("Tags"));
    m_original->setObjectName(QStringLiteral("originalText"));
    m_original->setReadOnly(true);
    m_original->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_original->setAccessibleName(tr("Original document"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_original->setFont(mono);
    m_original->setMinimumHeight(220);
    m_original->hide();
    m_copy->setObjectName(QStringLiteral("copyOriginalButton"));
    m_copy->hide();
    m_save->setObjectName(QStringLiteral("saveOriginalButton"));
    m_showOriginal->setObjectName(QStringLiteral("showOriginalButton"));
    m_showOriginal->setCheckable(true);
    m_body->setFrameShape(QFrame::NoFrame);

    connect(m_verify, &QPushButton::clicked, this, [this] { Q_EMIT verifyRequested(m_id); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_id); });
    connect(m_tags, &QLineEdit::returnPressed, this, [this] {
        QStringList tags;
        for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty()) {
                tags.append(t.trimmed());
            }
        }
        Q_EMIT tagsEdited(m_id, tags);
    });
    connect(m_showOriginal, &QPushButton::toggled, this, [this](bool on) {
        m_original->setVisible(on);
        m_copy->setVisible(on);
        m_showOriginal->setText(on ? tr("Hide the &original") : tr("Show the &original"));
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { Q_EMIT copyRequested(m_original->toPlainText()); });
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveOriginalRequested(m_id, m_suggestedName); });

    auto* head = new QHBoxLayout;
    head->addWidget(m_picture, 0, Qt::AlignTop);
    auto* words = new QVBoxLayout;
    words->addWidget(m_title);
    words->addWidget(m_issuer);
    words->addWidget(m_state);
    head->addLayout(words, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_verify);
    actions->addWidget(m_edit);
    actions->addWidget(m_collect);
    actions->addStretch(1);
    actions->addWidget(m_delete);
    auto* tagRow = new QHBoxLayout;
    auto* tagLabel = new QLabel(tr("&Tags:"));
    tagLabel->setBuddy(m_tags);
    tagRow->addWidget(tagLabel);
    tagRow->addWidget(m_tags, 1);
    auto* originalRow = new QHBoxLayout;
    originalRow->addWidget(m_showOriginal);
    originalRow->addWidget(m_copy);
    originalRow->addWidget(m_save);
    originalRow->addStretch(1);

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(head);
    content->addLayout(actions);
    content->addLayout(tagRow);
    content->addWidget(m_body, 1);
    content->addLayout(originalRow);
    content->addWidget(m_original, 1);

    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("Pick a record to see it in full.\n\nUse the arrow keys to move through your records "
                              "and Enter to open one."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_placeholder, 1);
    showNothing();
}

void RecordDetailPage::showNothing()
{
    m_id.clear();
    m_suggestedName.clear();
    m_title->clear();
    m_issuer->clear();
    m_state->clear();
    m_picture->clear();
    m_tags->clear();
    m_original->clear();
    m_body->showNothing();
    m_showOriginal->setChecked(false);
    m_content->hide();
    m_placeholder->show();
}

void RecordDetailPage::setPicture(const QImage& picture)
{
    if (picture.isNull()) {
        m_picture->clear();
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pm = QPixmap::fromImage(
        picture.scaled(QSize(kPictureSide, kPictureSide) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pm.setDevicePixelRatio(dpr);
    m_picture->setPixmap(pm);
}

void RecordDetailPage::showRecord(const store::StoredCredential& c,
    const std::optional<verify::StoredReport>& report,
    const records::Entry* entry,
    const QList<records::Collection>& collections)
{
    const bool sameRecord = m_id == c.summary.id;
    m_id = c.summary.id;
    const model::Record& r = c.record;
    m_title->setText(text::title(r));
    records::Entry e = entry ? *entry : records::Entry { c.summary, r, {}, {}, 0, 0, {} };
    const QString date = text::longDate(e.issued());
    m_issuer->setText(date.isEmpty() ? text::issuer(e) : tr("%1 · %2").arg(text::issuer(e), date));
    const QColor colour = RecordCardDelegate::stateColour(c.summary.verification, palette());
    m_state->setText(QStringLiteral("<span style='color:%1; font-weight:bold;'>%2</span> %3")
                         .arg(colour.name(),
                             RecordCardDelegate::stateMark(c.summary.verification).toHtmlEscaped(),
                             text::verificationLine(e).toHtmlEscaped()));
    m_verify->setVisible(!r.selfAsserted);
    m_edit->setVisible(r.selfAsserted);
    if (!m_tags->hasFocus() || !sameRecord) {
        m_tags->setText(e.tags.join(QStringLiteral(", ")));
    }
    QMenu* menu = m_collect->menu();
    menu->clear();
    for (const records::Collection& col : collections) {
        QAction* a = menu->addAction(col.name);
        a->setCheckable(true);
        a->setChecked(e.collections.contains(col.id));
        a->setEnabled(!e.collections.contains(col.id));
        const qint64 id = col.id;
        connect(a, &QAction::triggered, this, [this, id] { Q_EMIT addToCollectionRequested(m_id, id); });
    }
    if (!collections.isEmpty()) {
        menu->addSeparator();
    }
    menu->addAction(tr("&New collection..."), this, [this] { Q_EMIT newCollectionRequested(m_id); });
    m_body->showRecord(c, report);
    m_original->setPlainText(prettyOriginal(c.original));
    const QString suffix = c.original.startsWith("\x89PNG") ? QStringLiteral("png")
        : c.original.trimmed().startsWith('<')              ? (c.record.sourceFormat == model::SourceFormat::OpenBadges3
                      || c.record.sourceFormat == model::SourceFormat::OpenBadges2
                               ? QStringLiteral("svg")
                               : QStringLiteral("xml"))
        : c.original.trimmed().startsWith('{')              ? QStringLiteral("json")
        : c.original.contains('~')                          ? QStringLiteral("sd-jwt")
                                                            : QStringLiteral("jwt");
    QString base = text::title(r).left(60);
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    m_suggestedName = base.simplified().replace(QLatin1Char(' '), QLatin1Char('-')) + QLatin1Char('.') + suffix;
    if (!sameRecord) {
        m_picture->clear();
    }
    m_placeholder->hide();
    m_content->show();
}

QString RecordDetailPage::prettyOriginal(const QByteArray& original)
{
    const QByteArray trimmed = original.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
        if (!doc.isNull()) {
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        }
    }
    if (original.startsWith("\x89PNG") || trimmed.startsWith("<svg") || trimmed.contains("<svg")) {
        // A baked badge: the credential inside the picture.
        store::StoredCredential c;
        c.original = original;
        c.record.sourceFormat = model::SourceFormat::OpenBadges3;
        const QJsonValue inside = exports::credentialOf(c);
        const QString head
            = tr("A badge picture (%n byte(s)) with this credential baked into it:", nullptr, int(original.size()));
        if (inside.isObject()) {
            return head + QStringLiteral("\n\n")
                + QString::fromUtf8(QJsonDocument(inside.toObject()).toJson(QJsonDocument::Indented));
        }
        if (inside.isString()) {
            return head + QStringLiteral("\n\n") + inside.toString();
        }
    }
    if (trimmed.startsWith('<') || trimmed.startsWith("\xff\xfe") || trimmed.startsWith("\xfe\xff")) {
        const QString xml = prettyXml(original);
        if (!xml.isEmpty()) {
            return xml;
        }
    }
    const QList<QByteArray> parts = trimmed.split('~').first().split('.');
    if (parts.size() == 3) {
        QString out = QString::fromLatin1(trimmed) + QStringLiteral("\n\n");
        out += tr("Header:") + QLatin1Char('\n') + decodeSegment(parts.at(0)) + QLatin1Char('\n');
        out += tr("Payload:") + QLatin1Char('\n') + decodeSegment(parts.at(1));
        return out;
    }
    return QString::fromUtf8(original.left(256 * 1024));
}

} // namespace ler::ui
