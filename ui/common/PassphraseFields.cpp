// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/common/PassphraseFields.h"

#include "core/crypto/PassphraseStrength.h"
#include "ui/text/Render.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace ler::ui {

using crypto::PassphraseStrength;

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent)
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_meter(new QProgressBar(this))
    , m_hint(new QLabel(this))
{
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_second->setObjectName(QStringLiteral("passphraseAgain"));
    m_hint->setObjectName(QStringLiteral("strengthHint"));
    for (QLineEdit* e : { m_first, m_second }) {
        e->setEchoMode(QLineEdit::Password);
        e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        connect(e, &QLineEdit::textChanged, this, &PassphraseFields::update);
    }
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("Type it &again:"), m_second);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_hint);
    update();
}

QString PassphraseFields::passphrase() const
{
    return m_first->text();
}

bool PassphraseFields::valid() const
{
    return m_valid;
}

void PassphraseFields::clear()
{
    m_first->clear();
    m_second->clear();
}

void PassphraseFields::update()
{
    const auto strength = PassphraseStrength::estimate(m_first->text());
    QString hint;
    switch (strength.level) {
    case PassphraseStrength::Level::TooShort:
        hint = tr("Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.")
                   .arg(PassphraseStrength::kMinimumLength);
        break;
    case PassphraseStrength::Level::Weak:
        hint = ler::text::render(strength.refusal());
        break;
    case PassphraseStrength::Level::Fair:
        hint = tr("Fair. A longer passphrase would be safer.");
        break;
    case PassphraseStrength::Level::Strong:
        hint = tr("Strong.");
        break;
    case PassphraseStrength::Level::VeryStrong:
        hint = tr("Very strong.");
        break;
    }
    const bool match = m_first->text() == m_second->text();
    if (strength.acceptable() && !m_second->text().isEmpty() && !match) {
        hint += QLatin1Char(' ') + tr("The two passphrases do not match yet.");
    }
    m_meter->setValue(int(strength.level));
    m_hint->setText(hint);
    const bool valid = strength.acceptable() && match;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validChanged(valid);
    }
}

} // namespace ler::ui
