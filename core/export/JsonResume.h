// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/export/Resume.h"

namespace ler::exports {

/// The schema address a JSON Resume 1.x document names.
inline constexpr char kJsonResumeSchema[]
    = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// A JSON Resume 1.x document (jsonresume.org) of the chosen records: basics from the person, work from work
/// entries, education from transcripts, degrees, courses and training, certificates from badges, certifications
/// and licenses, skills from alignments. A convenience format: it has no place for proofs, alignments' frameworks,
/// evidence or the credentials themselves, and the omissions say what was left out of which record.
ResumeDocument makeJsonResume(const ResumeInput& input);

} // namespace ler::exports
