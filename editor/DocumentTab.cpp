#include "DocumentTab.h"

#include "CodeEditor.h"
#include "LanguageRegistry.h"
#include "NoticeBar.h"
#include "collab/SessionBinding.h"

#include <QAction>
#include <QFileInfo>
#include <QVBoxLayout>

namespace ensemble {

DocumentTab::DocumentTab(QWidget *parent)
    : QWidget(parent)
    , m_editor(new CodeEditor(this))
    , m_notice(new NoticeBar(this))
    , m_convertToUtf8(new QAction(tr("Convert to UTF-8"), this))
{
    connect(m_convertToUtf8, &QAction::triggered, this, &DocumentTab::convertToUtf8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_editor, 1);
    setFocusProxy(m_editor);
    connect(m_editor, &CodeEditor::modificationChanged, this, &DocumentTab::emitModification);
}

SessionBinding *DocumentTab::sessionBinding()
{
    if (!m_binding) {
        m_binding = new SessionBinding(m_editor);
        // In a session Scintilla's own modified flag stands still (its undo collection is off).
        connect(m_binding, &SessionBinding::modifiedChanged, this, &DocumentTab::emitModification);
    }
    return m_binding;
}

QString DocumentTab::displayName() const
{
    if (!isUntitled())
        return QFileInfo(m_filePath).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled %1").arg(m_untitledNumber) : m_untitledName;
}

void DocumentTab::setUntitledNumber(int number)
{
    m_untitledNumber = number;
}

void DocumentTab::setUntitledName(const QString &name)
{
    if (name == m_untitledName)
        return;
    m_untitledName = name;
    if (isUntitled() && !m_languageChosen)
        detectLanguage(m_editor->text(0));
    emit untitledNameChanged(name);
}

void DocumentTab::setSessionReadOnly(bool readOnly)
{
    if (readOnly == m_sessionReadOnly)
        return;
    m_sessionReadOnly = readOnly;
    emit sessionReadOnlyChanged(readOnly);
}

const Language &DocumentTab::language() const
{
    return m_editor->language();
}

void DocumentTab::setLanguage(const Language &language)
{
    m_languageChosen = true;
    if (&language == &m_editor->language())
        return;
    m_editor->setLanguage(language);
    emit languageChanged(language);
}

void DocumentTab::useDetectedLanguage()
{
    m_languageChosen = false;
    detectLanguage(m_editor->text(0));
}

bool DocumentTab::isModified() const
{
    return m_editor->isModified() || m_formatChanged || (m_binding && m_binding->isModified());
}

bool DocumentTab::load(const QString &path, QString *error)
{
    TextFile::ReadResult read = TextFile::read(path);
    if (!read.ok) {
        if (error)
            *error = read.error;
        return false;
    }
    setFilePath(path);
    m_languageChosen = false;
    const QString &text = read.content.text;
    const qsizetype lineEnd = text.indexOf(u'\n');
    detectLanguage(QStringView(text).left(lineEnd >= 0 ? std::min<qsizetype>(lineEnd, 256) : 256));
    m_editor->loadDocumentText(text);
    markSaved();
    setFormat(read.content.format, false);
    if (m_format.encoding == Encoding::Latin1)
        showDecodingNotice();
    else
        m_notice->dismiss();
    rememberDiskState();
    emitModification();
    return true;
}

bool DocumentTab::reload(QString *error)
{
    const Language *chosen = m_languageChosen ? &language() : nullptr;
    if (!load(m_filePath, error))
        return false;
    if (chosen)
        setLanguage(*chosen);
    return true;
}

bool DocumentTab::changedOnDisk() const
{
    if (isUntitled())
        return false;
    const QFileInfo info(m_filePath);
    if (info.exists() != m_diskExists)
        return true;
    return info.exists() && (info.size() != m_diskSize || info.lastModified() != m_diskModified);
}

void DocumentTab::rememberDiskState()
{
    const QFileInfo info(m_filePath);
    m_diskExists = info.exists();
    m_diskSize = info.size();
    m_diskModified = info.lastModified();
}

void DocumentTab::setNewFilePath(const QString &path)
{
    setFilePath(path);
    rememberDiskState();
    detectLanguage({});
}

TextFile::WriteResult DocumentTab::save()
{
    return writeTo(m_filePath);
}

TextFile::WriteResult DocumentTab::writeTo(const QString &path)
{
    TextFile::WriteResult result = TextFile::write(path, m_editor->documentText(), m_format);
    if (!result.ok())
        return result;
    // Path and disk state first: whoever reacts to "unmodified" sees the file as saved.
    setFilePath(path);
    rememberDiskState();
    markSaved();
    emitModification();
    return result;
}

TextFile::WriteResult DocumentTab::saveAs(const QString &path)
{
    TextFile::WriteResult result = writeTo(path);
    if (result.ok() && !m_languageChosen)
        detectLanguage(m_editor->text(0));
    return result;
}

void DocumentTab::convertToUtf8()
{
    TextFormat format = m_format;
    format.encoding = Encoding::Utf8;
    format.byteOrderMark = false;
    setFormat(format, true);
    m_notice->dismiss();
}

void DocumentTab::convertLineEndings(LineEnding lineEnding)
{
    if (lineEnding == m_format.lineEnding && !m_format.mixedLineEndings)
        return;
    // Converting edits the text, so it is undoable and marks the document modified.
    m_editor->convertLineEndings(lineEnding);
    TextFormat format = m_format;
    format.lineEnding = lineEnding;
    format.mixedLineEndings = false;
    setFormat(format, false);
}

void DocumentTab::setFormat(const TextFormat &format, bool changesFile)
{
    m_editor->setLineEnding(format.lineEnding);
    m_formatChanged = m_formatChanged || changesFile;
    if (format == m_format && !changesFile)
        return;
    m_format = format;
    emit formatChanged(m_format);
    emitModification();
}

void DocumentTab::setFilePath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_filePath)
        return;
    m_filePath = absolute;
    emit filePathChanged(m_filePath);
}

void DocumentTab::detectLanguage(QStringView firstLine)
{
    const Language &detected
        = LanguageRegistry::detect(isUntitled() ? m_untitledName : m_filePath, firstLine);
    if (&detected == &m_editor->language())
        return;
    m_editor->setLanguage(detected);
    emit languageChanged(detected);
}

void DocumentTab::showDecodingNotice()
{
    m_notice->showNotice(tr("This file is not valid UTF-8. It is shown as ISO 8859-1 (Latin-1) "
                            "and will be saved in that encoding, byte for byte as it was."),
                         {m_convertToUtf8});
}

void DocumentTab::markSaved()
{
    m_formatChanged = false;
    m_editor->setModified(false);
    if (m_binding)
        m_binding->markSaved();
}

void DocumentTab::emitModification()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    emit modificationChanged(modified);
}

} // namespace ensemble
