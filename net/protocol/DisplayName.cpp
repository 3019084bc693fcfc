#include "DisplayName.h"

#include <algorithm>

namespace ensemble {

namespace {

bool isControl(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

} // namespace

bool hasControlCharacters(QStringView name)
{
    return std::any_of(name.begin(), name.end(), isControl);
}

QString withoutControlCharacters(const QString &name)
{
    QString result = name;
    result.removeIf(isControl);
    return result;
}

} // namespace ensemble
