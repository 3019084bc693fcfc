#pragma once

#include <QFont>

namespace ensemble {

// The user's editor preferences, applied to every open editor alike.
struct EditorOptions
{
    QFont font;
    int tabWidth = 4;
    bool indentWithSpaces = true;
    bool showWhitespace = false;
    bool wordWrap = false;
    bool showIndentGuides = true;
    bool showAuthorship = false; ///< Tint shared text by who wrote it (AuthorshipHighlighter).
    bool showLastEditor = false; ///< Name who last edited each line (LastEditorMargin).

    static constexpr int minimumTabWidth = 1;
    static constexpr int maximumTabWidth = 16;

    // The desktop's fixed-pitch font and four spaces per indent.
    static EditorOptions defaults();

    bool operator==(const EditorOptions &) const = default;
};

} // namespace ensemble
