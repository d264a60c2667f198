// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "ui/present/PresentPages.h"
#include "ui/present/PresentText.h"
#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ler::ui {

namespace {

QString claimLabel(const present::PreviewClaim& c)
{
    QString value;
    if (c.value.isString())
        value = c.value.toString();
    else if (c.value.isDouble() || c.value.isBool())
        value = c.value.toVariant().toString();
    else
        value = QString::fromUtf8(c.value.isArray() ? QJsonDocument(c.value.toArray()).toJson(QJsonDocument::Compact)
                                                    : QJsonDocument(c.value.toObject()).toJson(QJsonDocument::Compact));
    if (value.size() > 70)
        value = value.left(69) + QChar(0x2026);
    return QStringLiteral("%1: %2").arg(c.path, value);
}

QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

DisclosurePage::DisclosurePage(PresentWizard& wizard)
    : m_wizard(wizard)
    , m_content(new QWidget)
    , m_list(new QVBoxLayout(m_content))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("disclosurePage"));
    setTitle(tr("Choose what to show inside each record"));
    setSubTitle(tr("Some credentials let you show single facts and keep the rest hidden. Others were signed as one "
                   "piece and can only be shared whole."));
    m_status->setWordWrap(true);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
}

void DisclosurePage::initializePage()
{
    const QStringList ids = m_wizard.recordsPage()->chosenIds();
    if (m_loaded && ids == m_shownFor)
        return; // keep the ticks when coming back
    m_loaded = false;
    m_failed = false;
    m_status->setText(tr("Reading the records you chose..."));
    m_status->setStyleSheet(QString());
    auto records = std::make_shared<QList<Result<present::PreviewRecord>>>();
    m_wizard.session().runTask(
        [ids, records](store::Wallet& wallet) -> Status {
            present::PresentationService service(wallet.database());
            for (const QString& id : ids)
                records->append(service.describe(id));
            return {};
        },
        this,
        [this, ids, records](const Status& status) {
            if (!status) {
                m_failed = true;
                m_status->setText(ler::text::render(status.error()));
            } else {
                fill(ids, *records);
            }
            Q_EMIT completeChanged();
            Q_EMIT loaded();
        });
}

void DisclosurePage::fill(const QList<QString>& ids, const QList<Result<present::PreviewRecord>>& records)
{
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_claims.clear();
    m_shownFor = ids;
    m_loaded = true;
    QStringList problems;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const auto& r = records.at(i);
        if (!r) {
            problems.append(ler::text::render(r.error()));
            continue;
        }
        auto* box = new QGroupBox(ler::text::recordTitle(r->title, r->format, r->issuer));
        box->setObjectName(QStringLiteral("record-") + ids.at(i));
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(wrapped(presenttext::sharing(*r)));
        if (r->sharing == present::SharingMode::Selective) {
            if (r->claims.isEmpty())
                layout->addWidget(wrapped(tr("This credential has no claims you can hide: it is shared as issued.")));
            for (const present::PreviewClaim& c : r->claims) {
                auto* tick = new QCheckBox(claimLabel(c));
                tick->setObjectName(c.path);
                layout->addWidget(tick);
                m_claims[ids.at(i)].append(tick);
            }
        }
        m_list->addWidget(box);
    }
    m_list->addStretch(1);
    m_failed = !problems.isEmpty();
    if (m_failed) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(
            problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Go back and untick these records to continue."));
    } else {
        m_status->setText(QString());
    }
}

QHash<QString, QStringList> DisclosurePage::disclosed() const
{
    QHash<QString, QStringList> out;
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        QStringList paths;
        for (const QCheckBox* box : it.value()) {
            if (box->isChecked())
                paths.append(box->objectName());
        }
        out.insert(it.key(), paths);
    }
    return out;
}

bool DisclosurePage::setDisclosed(const QString& id, const QString& path, bool shown)
{
    for (QCheckBox* box : m_claims.value(id)) {
        if (box->objectName() == path) {
            box->setChecked(shown);
            return true;
        }
    }
    return false;
}

bool DisclosurePage::isComplete() const
{
    return m_loaded && !m_failed;
}

} // namespace ler::ui
