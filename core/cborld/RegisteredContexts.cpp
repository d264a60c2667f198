// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/cborld/RegisteredContexts.h"

#include <array>
#include <utility>

namespace ler::cborld {

namespace {

struct Registration
{
    quint64 id;
    const char* url;
};

// The registry of @digitalcredentials/cborld 4.3.4 (lib/codecs/registeredContexts.js), in id order.
constexpr std::array kRegistry {
    Registration { 0x10, "https://www.w3.org/ns/activitystreams" },
    Registration { 0x11, "https://www.w3.org/2018/credentials/v1" },
    Registration { 0x12, "https://www.w3.org/ns/did/v1" },
    Registration { 0x13, "https://w3id.org/security/suites/ed25519-2018/v1" },
    Registration { 0x14, "https://w3id.org/security/suites/ed25519-2020/v1" },
    Registration { 0x15, "https://w3id.org/cit/v1" },
    Registration { 0x16, "https://w3id.org/age/v1" },
    Registration { 0x17, "https://w3id.org/security/suites/x25519-2020/v1" },
    Registration { 0x18, "https://w3id.org/veres-one/v1" },
    Registration { 0x19, "https://w3id.org/webkms/v1" },
    Registration { 0x1A, "https://w3id.org/zcap/v1" },
    Registration { 0x1B, "https://w3id.org/security/suites/hmac-2019/v1" },
    Registration { 0x1C, "https://w3id.org/security/suites/aes-2019/v1" },
    Registration { 0x1D, "https://w3id.org/vaccination/v1" },
    Registration { 0x1E, "https://w3id.org/vc-revocation-list-2020/v1" },
    Registration { 0x1F, "https://w3id.org/dcc/v1" },
    Registration { 0x20, "https://w3id.org/vc/status-list/v1" },
    Registration { 0x30, "https://w3id.org/security/data-integrity/v1" },
    Registration { 0x31, "https://w3id.org/security/multikey/v1" },
    Registration { 0x32, "https://purl.imsglobal.org/spec/ob/v3p0/context.json" },
};

} // namespace

std::optional<quint64> registeredContextId(const QString& url)
{
    for (const Registration& r : kRegistry) {
        if (url == QLatin1String(r.url)) {
            return r.id;
        }
    }
    return std::nullopt;
}

QString registeredContextUrl(quint64 id)
{
    for (const Registration& r : kRegistry) {
        if (r.id == id) {
            return QString::fromLatin1(r.url);
        }
    }
    return {};
}

} // namespace ler::cborld
