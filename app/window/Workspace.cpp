#include "window/Workspace.h"

#include "CodeEditor.h"
#include "DiskChangeWatcher.h"
#include "DocumentTab.h"
#include "Settings.h"
#include "UserPrompts.h"
#include "window/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTabWidget>
#include <algorithm>

namespace ensemble {

namespace {

bool isUntouched(const DocumentTab &document)
{
    return document.isUntitled() && !document.isModified() && document.editor()->length() == 0;
}

} // namespace

Workspace::Workspace(QTabWidget &tabs, UserPrompts &prompts, Settings &settings,
                     RecentFiles &recent, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_prompts(prompts)
    , m_settings(settings)
    , m_recent(recent)
{
    connect(&m_tabs, &QTabWidget::currentChanged, this, [this] { emit currentChanged(current()); });
    connect(&m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { close(qobject_cast<DocumentTab *>(m_tabs.widget(index))); });
    connect(&m_settings, &Settings::editorOptionsChanged, this,
            [this](const EditorOptions &options) {
                for (DocumentTab *document : documents())
                    document->editor()->applyOptions(options);
            });
}

DocumentTab *Workspace::current() const
{
    return qobject_cast<DocumentTab *>(m_tabs.currentWidget());
}

void Workspace::setCurrent(DocumentTab *document)
{
    m_tabs.setCurrentWidget(document);
    document->editor()->setFocus();
}

QList<DocumentTab *> Workspace::documents() const
{
    QList<DocumentTab *> list;
    for (int i = 0; i < m_tabs.count(); ++i)
        list.append(qobject_cast<DocumentTab *>(m_tabs.widget(i)));
    return list;
}

DocumentTab *Workspace::find(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (DocumentTab *document : documents()) {
        if (!document->isUntitled() && document->filePath() == absolute)
            return document;
    }
    return nullptr;
}

DocumentTab *Workspace::newDocument()
{
    DocumentTab *document = addDocument();
    document->setUntitledNumber(m_nextUntitled++);
    updateTab(document);
    setCurrent(document);
    return document;
}

DocumentTab *Workspace::open(const QString &path)
{
    if (DocumentTab *existing = find(path)) {
        setCurrent(existing);
        return existing;
    }
    DocumentTab *pristine = pristineUntitled();
    DocumentTab *document = addDocument();
    QString error;
    if (!document->load(path, &error)) {
        m_tabs.removeTab(m_tabs.indexOf(document));
        delete document;
        if (!QFileInfo::exists(path))
            m_recent.remove(path);
        m_prompts.showError(tr("Cannot Open File"), error);
        return nullptr;
    }
    updateTab(document);
    setCurrent(document);
    replacePristineUntitled(document, pristine);
    m_recent.add(document->filePath());
    m_settings.setLastDirectory(QFileInfo(document->filePath()).absolutePath());
    return document;
}

DocumentTab *Workspace::openOrCreate(const QString &path)
{
    if (QFileInfo::exists(path) || find(path))
        return open(path);
    DocumentTab *pristine = pristineUntitled();
    DocumentTab *document = addDocument();
    document->setNewFilePath(path);
    updateTab(document);
    setCurrent(document);
    replacePristineUntitled(document, pristine);
    return document;
}

void Workspace::openFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        openOrCreate(path);
}

DocumentTab *Workspace::openRecovered(const QString &path, const QString &name, const QString &text)
{
    DocumentTab *document = path.isEmpty() ? nullptr : find(path);
    // Unsaved changes already there are not replaced: the text goes to a new document instead.
    if (document && document->isModified())
        document = nullptr;
    else if (!document && !path.isEmpty())
        document = openOrCreate(path);
    if (!document) {
        document = pristineUntitled();
        if (!document)
            document = newDocument();
        document->setUntitledName(path.isEmpty() ? name : QFileInfo(path).fileName());
    }
    if (document->editor()->text() != text)
        document->editor()->setText(text);
    setCurrent(document);
    return document;
}

void Workspace::openWithDialog()
{
    const DocumentTab *document = current();
    const QString directory = document && !document->isUntitled()
        ? QFileInfo(document->filePath()).absolutePath()
        : m_settings.lastDirectory();
    for (const QString &path : m_prompts.askFilesToOpen(directory))
        open(path);
}

bool Workspace::save(DocumentTab *document)
{
    if (!document)
        return false;
    if (document->isUntitled())
        return saveAs(document);
    return write(document, document->filePath());
}

bool Workspace::saveAs(DocumentTab *document)
{
    if (!document)
        return false;
    const QString suggested = document->isUntitled()
        ? QDir(m_settings.lastDirectory()).filePath(document->displayName())
        : document->filePath();
    const QString path = m_prompts.askSavePath(suggested);
    if (path.isEmpty())
        return false;
    return write(document, path);
}

bool Workspace::saveAll()
{
    for (DocumentTab *document : documents()) {
        if (document->isModified() && !save(document))
            return false;
    }
    return true;
}

bool Workspace::write(DocumentTab *document, const QString &path)
{
    const bool rename = path != document->filePath();
    if (!rename && document->changedOnDisk() && QFileInfo::exists(path)
        && !m_prompts.askToOverwriteChangedFile(document->displayName()))
        return false;
    TextFile::WriteResult result = rename ? document->saveAs(path) : document->save();
    if (result.status == TextFile::WriteStatus::Unencodable
        && m_prompts.askToSaveAsUtf8(document->displayName())) {
        document->convertToUtf8();
        result = rename ? document->saveAs(path) : document->save();
    }
    if (result.status == TextFile::WriteStatus::IoError)
        m_prompts.showError(tr("Cannot Save File"), result.error);
    if (!result.ok())
        return false;
    m_recent.add(document->filePath());
    m_settings.setLastDirectory(QFileInfo(document->filePath()).absolutePath());
    return true;
}

bool Workspace::settleUnsaved(DocumentTab *document)
{
    if (!document->isModified())
        return true;
    setCurrent(document);
    switch (m_prompts.askToSave(document->displayName())) {
    case UserPrompts::SaveChoice::Save:
        return save(document);
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool Workspace::close(DocumentTab *document)
{
    if (!document || !settleUnsaved(document))
        return false;
    m_tabs.removeTab(m_tabs.indexOf(document));
    // Later: close() may run inside one of the document's own signal handlers.
    document->deleteLater();
    updateTabs();
    return true;
}

bool Workspace::confirmCloseAll()
{
    const QList<DocumentTab *> all = documents();
    return std::all_of(all.begin(), all.end(),
                       [this](DocumentTab *document) { return settleUnsaved(document); });
}

DocumentTab *Workspace::addDocument()
{
    auto *document = new DocumentTab;
    document->editor()->applyOptions(m_settings.editorOptions());
    const auto changed = [this, document] {
        updateTab(document);
        emit documentChanged(document);
    };
    connect(document, &DocumentTab::modificationChanged, this, changed);
    // A new name can make another tab's name repeat or stop repeating (see updateTab).
    const auto renamed = [this, document] {
        updateTabs();
        emit documentChanged(document);
    };
    connect(document, &DocumentTab::filePathChanged, this, renamed);
    connect(document, &DocumentTab::untitledNameChanged, this, renamed);
    connect(document, &DocumentTab::languageChanged, this, changed);
    connect(document, &DocumentTab::formatChanged, this, changed);
    connect(document, &DocumentTab::sessionReadOnlyChanged, this, changed);
    connect(document->editor(), &CodeEditor::filesDropped, this, &Workspace::openFiles);
    auto *watcher = new DiskChangeWatcher(*document);
    connect(watcher, &DiskChangeWatcher::reloadFailed, this, [this](const QString &message) {
        m_prompts.showError(tr("Cannot Reload File"), message);
    });
    emit documentAdded(document);
    m_tabs.addTab(document, QString());
    return document;
}

void Workspace::updateTab(DocumentTab *document)
{
    const int index = m_tabs.indexOf(document);
    if (index < 0)
        return;
    QString name = document->displayName();
    // Documents without a file can share a name (a room joined again after its session ended,
    // the room's title twice): the later tabs are numbered. Files have their folder in the
    // tooltip.
    if (document->isUntitled()) {
        int earlier = 0;
        for (int i = 0; i < index; ++i) {
            const auto *other = qobject_cast<DocumentTab *>(m_tabs.widget(i));
            earlier += other && other->displayName() == document->displayName() ? 1 : 0;
        }
        //: Tab of a document whose name an earlier tab has too: %1 is the name, %2 a number.
        if (earlier > 0)
            name = tr("%1 (%2)").arg(name).arg(earlier + 1);
    }
    if (document->isSessionReadOnly()) {
        //: Tab of a shared document the host lets guests only read: %1 is its name.
        name = tr("%1 (read-only)").arg(name);
    }
    //: Tab of a document with unsaved changes: %1 is its name, the dot marks the changes.
    m_tabs.setTabText(index, document->isModified() ? tr("%1 ●").arg(name) : name);
    m_tabs.setTabToolTip(
        index, document->isUntitled() ? name : QDir::toNativeSeparators(document->filePath()));
}

void Workspace::updateTabs()
{
    for (DocumentTab *document : documents())
        updateTab(document);
}

DocumentTab *Workspace::pristineUntitled() const
{
    const QList<DocumentTab *> all = documents();
    return all.size() == 1 && isUntouched(*all.first()) ? all.first() : nullptr;
}

void Workspace::replacePristineUntitled(DocumentTab *opened, DocumentTab *pristine)
{
    // The empty "Untitled 1" a fresh window starts with makes way for the first file opened. A
    // join replaces it only once in the room, by which time the user may have typed in it.
    if (!pristine || pristine == opened || !isUntouched(*pristine))
        return;
    m_tabs.removeTab(m_tabs.indexOf(pristine));
    pristine->deleteLater();
}

} // namespace ensemble
