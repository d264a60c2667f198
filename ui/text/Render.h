// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

/// The one place where what core says (ler::Text) becomes words in the person's language: the windows and the
/// command line both render through here, with the translators the application has loaded. Qt Core only, so the
/// command line links it without widgets.
namespace ler::text {

/// The sentence in the loaded language; the source words where no translation is loaded.
QString render(const Text& text);
/// An error's sentence.
QString render(const Error& error);

/// A stored or fresh verification report (verify::Report::toJson) with every sentence rendered: "summary", and
/// "message" and "detail" of each check, in this report and the credentials nested in it. Anything else is kept.
QJsonObject renderReport(const QJsonObject& report);

} // namespace ler::text
