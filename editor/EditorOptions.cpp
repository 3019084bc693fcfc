#include "EditorOptions.h"

#include <QFontDatabase>

namespace ensemble {

EditorOptions EditorOptions::defaults()
{
    EditorOptions options;
    options.font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return options;
}

} // namespace ensemble
