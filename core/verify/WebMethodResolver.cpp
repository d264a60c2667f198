// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/WebMethodResolver.h"

#include "core/did/DidWebResolver.h"

namespace ler::verify {

MethodResolver didWebMethodResolver(const net::Fetcher& fetcher)
{
    return [&fetcher](const QString& methodId) -> Result<QJsonObject> {
        const QString controller = controllerOf(methodId);
        if (!controller.startsWith(QLatin1String("did:web:"))) {
            return Error(ErrorCode::Unsupported,
                tx("ler::net", "This key is not published with did:web."),
                QStringLiteral("verify/not-did-web"));
        }
        auto resolved = did::DidWebResolver(fetcher).resolve(controller);
        if (!resolved) {
            return resolved.error();
        }
        return resolved->document;
    };
}

} // namespace ler::verify
