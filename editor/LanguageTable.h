#pragma once

#include "Language.h"

#include <QList>

namespace ensemble {

// The raw table behind LanguageRegistry, in no particular order; plain text is entry 0.
QList<Language> languageTable();

} // namespace ensemble
