// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/settings/SettingsDialog.h"

#include "core/session/WalletSession.h"
#include "core/store/Wallet.h"
#include "core/store/WalletSettings.h"
#include "ui/common/AppSettings.h"
#include "ui/common/PrivacyMode.h"
#include "ui/common/Theme.h"
#include "ui/text/Render.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <memory>

namespace ler::ui {

namespace {
const QString kLanguageKey = QStringLiteral("language");

/// The wallet's settings the dialog shows, read or written in one task.
struct Values
{
    int autoLockMinutes = 10;
    int reminderRecords = 10;
    int reminderDays = 30;
    bool network = false;
    int clipboardSeconds = 30;
};
} // namespace

QString SettingsDialog::languageSetting()
{
    return appSettings()->value(kLanguageKey).toString();
}

SettingsDialog::SettingsDialog(session::WalletSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_autoLock(new QSpinBox)
    , m_reminderRecords(new QSpinBox)
    , m_reminderDays(new QSpinBox)
    , m_network(new QCheckBox(tr("Allow LER Wallet to go online to check credentials")))
    , m_language(new QComboBox)
    , m_clipboard(new QSpinBox)
    , m_theme(new QComboBox)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(1, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_reminderRecords->setObjectName(QStringLiteral("backupReminderRecords"));
    m_reminderRecords->setRange(0, 1000);
    m_reminderRecords->setSpecialValueText(tr("never"));
    m_reminderDays->setObjectName(QStringLiteral("backupReminderDays"));
    m_reminderDays->setRange(0, 365);
    m_reminderDays->setSpecialValueText(tr("never"));
    m_reminderDays->setSuffix(tr(" days"));
    m_network->setObjectName(QStringLiteral("networkAllowed"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    m_clipboard->setObjectName(QStringLiteral("clipboardSeconds"));
    m_clipboard->setRange(0, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setSpecialValueText(tr("Never"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Same as the system"), themeName(Theme::System));
    m_theme->addItem(tr("Light"), themeName(Theme::Light));
    m_theme->addItem(tr("Dark"), themeName(Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeName(savedTheme()))));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Lock the wallet after I have been away for:"), m_autoLock);
    form->addRow(tr("Remind me to back up after this many new records:"), m_reminderRecords);
    form->addRow(tr("Remind me to back up when my last backup is older than:"), m_reminderDays);
    form->addRow(QString(), m_network);
    auto* networkHint = new QLabel(tr("When this is off, nothing is fetched from the internet. Checks that need "
                                      "it are shown as not done."));
    networkHint->setWordWrap(true);
    form->addRow(QString(), networkHint);
    form->addRow(tr("Clear what I copy from the clipboard after:"), m_clipboard);
    form->addRow(tr("Appearance:"), m_theme);
    form->addRow(tr("Language:"), m_language);
    auto* languageHint = new QLabel(tr("A new language is used the next time LER Wallet starts."));
    languageHint->setWordWrap(true);
    form->addRow(QString(), languageHint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setEnabled(false); // until the wallet's settings are shown
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

std::chrono::minutes SettingsDialog::autoLockAfter() const
{
    return std::chrono::minutes(m_autoLock->value());
}

std::chrono::seconds SettingsDialog::clipboardClearAfter() const
{
    return std::chrono::seconds(m_clipboard->value());
}

void SettingsDialog::load()
{
    auto values = std::make_shared<Values>();
    m_session.runTask(
        [values](store::Wallet& wallet) -> Status {
            const store::WalletSettings settings(wallet.database());
            values->autoLockMinutes = int(settings.autoLockAfter().count());
            values->reminderRecords = settings.backupReminderRecords();
            values->reminderDays = settings.backupReminderDays();
            values->network = settings.networkAllowed();
            values->clipboardSeconds = int(settings.clipboardClearAfter().count());
            return {};
        },
        this,
        [this, values](const Status& s) {
            if (!s) {
                m_error->setText(ler::text::render(s.error()));
                return;
            }
            m_autoLock->setValue(values->autoLockMinutes);
            m_reminderRecords->setValue(values->reminderRecords);
            m_reminderDays->setValue(values->reminderDays);
            m_network->setChecked(values->network);
            m_clipboard->setValue(values->clipboardSeconds);
            m_loaded = true;
            m_save->setEnabled(true);
            Q_EMIT settingsLoaded();
        });
}

void SettingsDialog::save()
{
    if (!m_loaded || !m_save->isEnabled()) {
        return; // still loading, or already saving
    }
    Values values;
    values.autoLockMinutes = m_autoLock->value();
    values.network = m_network->isChecked();
    values.clipboardSeconds = m_clipboard->value();
    values.reminderRecords = m_reminderRecords->value();
    values.reminderDays = m_reminderDays->value();
    m_save->setEnabled(false);
    m_error->clear();
    m_session.runTask(
        [values](store::Wallet& wallet) -> Status {
            store::WalletSettings settings(wallet.database());
            Status s = settings.setAutoLockAfter(std::chrono::minutes(values.autoLockMinutes));
            if (s) {
                s = settings.setNetworkAllowed(values.network);
            }
            if (s) {
                s = settings.setClipboardClearAfter(std::chrono::seconds(values.clipboardSeconds));
            }
            if (s) {
                s = settings.setBackupReminderRecords(values.reminderRecords);
            }
            if (s) {
                s = settings.setBackupReminderDays(values.reminderDays);
            }
            return s;
        },
        this,
        [this](const Status& s) {
            if (!s) {
                m_error->setText(ler::text::render(s.error()));
                m_save->setEnabled(true);
                return;
            }
            finishSave();
        });
}

void SettingsDialog::finishSave()
{
    // Language and look are this computer's settings: not kept while no trace may be left.
    const Theme theme = themeFromName(m_theme->currentData().toString());
    if (!PrivacyMode::instance().leavesNoTrace()) {
        appSettings()->setValue(kLanguageKey, m_language->currentData().toString());
        if (theme != savedTheme()) {
            saveTheme(theme);
        }
    }
    applyTheme(theme);
    accept();
}

} // namespace ler::ui
