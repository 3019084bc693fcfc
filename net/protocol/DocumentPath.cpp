#include "DocumentPath.h"

#include <QStringList>

namespace ensemble {

// Rules, and why each exists (a peer's path ends up joined to a local folder on every platform):
// - empty: names nothing, and would resolve to the folder itself.
// - absolute ('/', '\', "C:"): would escape the shared folder entirely.
// - "." / "..": ".." climbs out of the folder; "." makes two spellings of one file.
// - empty components ("a//b"): a second spelling of "a/b", so two documents could alias one file.
// - control characters (incl. NUL): NUL truncates C strings; others are invalid on Windows and
//   spoof terminal output.
// - component > 255 UTF-8 bytes, path > 4096 bytes: NAME_MAX / PATH_MAX on Linux.
// - backslash: a separator on Windows guests, so "a\..\..\x" would climb out there.
// - trailing space or dot: Windows strips them, so "a." and "a" would be one file.
// - CON, PRN, AUX, NUL, COM1-9, LPT1-9 (any case, any extension): Windows devices, not files.
DocumentPath::Error DocumentPath::validate(const QString &path)
{
    if (path.isEmpty())
        return Error::Empty;
    if (path.startsWith(u'/') || path.startsWith(u'\\')
        || (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter()))
        return Error::Absolute;
    if (path.toUtf8().size() > 4096)
        return Error::PathTooLong;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Error::ControlCharacter;
        if (c == u'\\')
            return Error::Backslash;
    }
    static const QStringList devices = {u"CON"_qs, u"PRN"_qs, u"AUX"_qs, u"NUL"_qs};
    for (const QString &component : path.split(u'/')) {
        if (component.isEmpty())
            return Error::EmptyComponent;
        if (component == u"." || component == u"..")
            return Error::DotComponent;
        if (component.toUtf8().size() > 255)
            return Error::ComponentTooLong;
        if (component.endsWith(u' ') || component.endsWith(u'.'))
            return Error::TrailingSpaceOrDot;
        const QString stem = component.section(u'.', 0, 0).toUpper();
        if (devices.contains(stem)
            || (stem.size() == 4 && (stem.startsWith(u"COM") || stem.startsWith(u"LPT"))
                && stem.at(3) >= u'1' && stem.at(3) <= u'9'))
            return Error::ReservedName;
    }
    return Error::None;
}

} // namespace ensemble
