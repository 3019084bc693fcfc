#include "session/SessionPanel.h"

#include "NoticeBar.h"
#include "session/FolderSessionController.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ensemble {

namespace {

constexpr int pathRole = Qt::UserRole;
constexpr int docRole = Qt::UserRole + 1;
constexpr int deletedRole = Qt::UserRole + 2; // the host's disk lost the file
constexpr int dot = 12;
constexpr int maxDots = 5;

// One dot per participant, in their colours, left-aligned in a strip of width dots. A light
// ring keeps a dot visible on a selected row of a similar colour.
QIcon dots(const QList<Participant> &participants, int width = maxDots)
{
    QPixmap pixmap(dot * width, dot);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1));
    for (int i = 0; i < std::min<int>(int(participants.size()), width); ++i) {
        painter.setBrush(QColor::fromString(participants[i].color));
        painter.drawEllipse(QRectF(i * dot + 1.5, 1.5, dot - 3, dot - 3));
    }
    painter.end();
    // The style would tint a selected row's icon with the selection colour: the dots keep the
    // participants' own colours.
    QIcon icon(pixmap);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

SessionPanel::SessionPanel(FolderSessionController &folders, QWidget *parent)
    : QDockWidget(tr("Session"), parent)
    , m_folders(folders)
    , m_title(new QLabel)
    , m_notice(new NoticeBar)
    , m_people(new QListWidget)
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("sessionPanel"));
    m_title->setWordWrap(true);
    m_title->setContentsMargins(4, 2, 4, 2);
    m_people->setSelectionMode(QAbstractItemView::NoSelection);
    m_people->setMaximumHeight(110);
    m_people->setIconSize(QSize(dot, dot));
    m_people->setToolTip(tr("Click someone to follow them from file to file."));
    connect(m_people, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int user = item->data(Qt::UserRole).toInt();
        if (user == m_folders.followed())
            m_folders.stopFollowing();
        else
            m_folders.follow(user);
    });
    connect(&folders, &FolderSessionController::followingChanged, this, &SessionPanel::refresh);
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setIconSize(QSize(dot * maxDots, dot));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &SessionPanel::showContextMenu);
    connect(m_tree, &QTreeWidget::itemActivated, this, &SessionPanel::openItem);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        m_collapsed.insert(item->data(0, pathRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        m_collapsed.remove(item->data(0, pathRole).toString());
    });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addWidget(m_people);
    layout->addWidget(m_tree, 1);
    setWidget(content);
    connect(&folders, &FolderSessionController::sessionChanged, this, [this] {
        if (FolderSession *session = m_folders.session())
            connect(session, &FolderSession::changed, this, &SessionPanel::refresh,
                    Qt::UniqueConnection);
        else
            m_notice->dismiss();
        refresh();
    });
    connect(&folders, &FolderSessionController::diskProblem, this, [this](const QString &message) {
        m_notice->showNotice(message);
        show();
    });
    refresh();
}

void SessionPanel::refresh()
{
    m_people->clear();
    const FolderSession *session = m_folders.session();
    m_people->setVisible(session != nullptr);
    if (!session) {
        m_tree->clear();
        m_shown.clear();
        m_items.clear();
        m_files.clear();
        m_dotted.clear();
        m_title->setText(tr("No shared folder. Session ▸ Share Folder… shares one."));
        return;
    }
    QString title = session->title();
    if (!session->canEdit())
        title = tr("%1 (read-only)").arg(title);
    m_title->setText(title);
    refreshPeople(*session);
    // Someone moving to another file changes only the dots: the items stay, and with them the
    // row the user scrolled to and the current one (a rebuild costs milliseconds per thousand
    // files, and presence changes often).
    if (session->tree().entries != m_shown)
        rebuildTree(*session);
    showPresence(*session);
}

void SessionPanel::rebuildTree(const FolderSession &session)
{
    // What the user looked at stays in view: the row at the top and the current one.
    const auto pathOf = [](const QTreeWidgetItem *item) {
        return item ? item->data(0, pathRole).toString() : QString();
    };
    const QString top = pathOf(m_tree->itemAt(0, 0));
    const QString current = pathOf(m_tree->currentItem());
    m_tree->clear();
    m_items.clear();
    m_files.clear();
    m_dotted.clear();
    m_shown = session.tree().entries;
    for (const TreeEntry &entry : std::as_const(m_shown)) {
        QTreeWidgetItem *parent = folderItem(parentOf(entry.path));
        if (entry.kind != QLatin1String("file")) {
            folderItem(entry.path);
            continue;
        }
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, entry.path.section(u'/', -1));
        item->setData(0, pathRole, entry.path);
        item->setData(0, docRole, entry.doc);
        m_items.insert(entry.path, item);
        m_files.insert(entry.doc, item);
        if (entry.deletedOnDisk) {
            markDeletedOnDisk(item);
            item->setToolTip(0, deletedOnDiskToolTip({}));
            item->setToolTip(1, item->toolTip(0));
        }
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    if (QTreeWidgetItem *item = m_items.value(current))
        m_tree->setCurrentItem(item);
    if (QTreeWidgetItem *item = m_items.value(top))
        m_tree->scrollToItem(item, QAbstractItemView::PositionAtTop);
}

void SessionPanel::showPresence(const FolderSession &session)
{
    for (QTreeWidgetItem *item : std::as_const(m_dotted)) {
        item->setIcon(1, QIcon());
        const bool deleted = item->data(0, deletedRole).toBool();
        item->setToolTip(0, deleted ? deletedOnDiskToolTip({}) : QString());
        item->setToolTip(1, item->toolTip(0));
    }
    m_dotted.clear();
    QSet<QString> docs {session.focusOf(session.client().self().id)};
    for (const Participant &participant : session.client().participants())
        docs.insert(session.focusOf(participant.id));
    for (const QString &doc : std::as_const(docs)) {
        QTreeWidgetItem *item = m_files.value(doc);
        const QList<Participant> in = session.participantsIn(doc);
        if (!item || in.isEmpty())
            continue;
        QStringList names;
        for (const Participant &participant : in)
            names.append(participant.name);
        item->setIcon(1, dots(in));
        item->setToolTip(0,
                         item->data(0, deletedRole).toBool() ? deletedOnDiskToolTip(names)
                                                             : names.join(QStringLiteral(", ")));
        item->setToolTip(1, item->toolTip(0));
        m_dotted.append(item);
    }
}

void SessionPanel::markDeletedOnDisk(QTreeWidgetItem *item)
{
    //: A file of the Session panel whose file the host's folder no longer has.
    item->setText(0, tr("%1 (deleted on disk)").arg(item->text(0)));
    item->setData(0, deletedRole, true);
    QFont font = item->font(0);
    font.setItalic(true);
    item->setFont(0, font);
}

QString SessionPanel::deletedOnDiskToolTip(const QStringList &names)
{
    if (names.isEmpty())
        return tr("Deleted on the host's disk; the session keeps it until the host saves or "
                  "deletes it.");
    //: %1: who works in the file ("Ana, Bo").
    return tr("Deleted on the host's disk; kept while %1 edits it.")
        .arg(names.join(QStringLiteral(", ")));
}

void SessionPanel::refreshPeople(const FolderSession &session)
{
    for (const Participant &participant : session.client().participants()) {
        const QString path = session.pathOf(session.focusOf(participant.id));
        QString text
            = path.isEmpty() ? participant.name : tr("%1 — %2").arg(participant.name, path);
        if (participant.id == m_folders.followed())
            text = tr("%1 (following)").arg(text);
        auto *item = new QListWidgetItem(dots({participant}, 1), text, m_people);
        item->setData(Qt::UserRole, participant.id);
    }
}

QTreeWidgetItem *SessionPanel::folderItem(const QString &path)
{
    if (path.isEmpty())
        return m_tree->invisibleRootItem();
    if (QTreeWidgetItem *item = m_items.value(path))
        return item;
    QTreeWidgetItem *parent = folderItem(parentOf(path));
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, path.section(u'/', -1) + u'/');
    item->setData(0, pathRole, path);
    item->setExpanded(!m_collapsed.contains(path));
    m_items.insert(path, item);
    return item;
}

void SessionPanel::openItem(QTreeWidgetItem *item)
{
    const QString doc = item->data(0, docRole).toString();
    if (!doc.isEmpty())
        m_folders.openDocument(doc);
}

void SessionPanel::showContextMenu(const QPoint &position)
{
    FolderSession *session = m_folders.session();
    if (!session)
        return;
    QTreeWidgetItem *item = m_tree->itemAt(position);
    const QString path = item ? item->data(0, pathRole).toString() : QString();
    const bool isFile = item && !item->data(0, docRole).isNull();
    const QString folder = isFile ? parentOf(path) : path;
    QMenu menu;
    if (isFile)
        connect(menu.addAction(tr("&Open")), &QAction::triggered, this,
                [this, item] { openItem(item); });
    QAction *newFile = menu.addAction(tr("New &File…"));
    connect(newFile, &QAction::triggered, this,
            [this, folder] { createEntry(folder, QStringLiteral("file")); });
    QAction *newFolder = menu.addAction(tr("New Fol&der…"));
    connect(newFolder, &QAction::triggered, this,
            [this, folder] { createEntry(folder, QStringLiteral("dir")); });
    QAction *rename = menu.addAction(tr("&Rename…"));
    connect(rename, &QAction::triggered, this, [this, path] { renameEntry(path); });
    QAction *remove = menu.addAction(tr("De&lete"));
    connect(remove, &QAction::triggered, this, [this, path] { deleteEntry(path); });
    rename->setEnabled(item != nullptr);
    remove->setEnabled(item != nullptr);
    if (!session->canEdit()) {
        // Shown but disabled, so that the reason is visible where the actions are.
        for (QAction *action : {newFile, newFolder, rename, remove})
            action->setEnabled(false);
        menu.addSeparator();
        menu.addAction(tr("The host made this session read-only"))->setEnabled(false);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void SessionPanel::createEntry(const QString &folder, const QString &kind)
{
    const bool file = kind == QLatin1String("file");
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, file ? tr("New File") : tr("New Folder"),
                                file ? tr("Path of the new file:") : tr("Path of the new folder:"),
                                QLineEdit::Normal, prefix, &ok);
    if (ok && !name.trimmed().isEmpty() && m_folders.session())
        m_folders.session()->client().createEntry(name.trimmed(), kind);
}

void SessionPanel::renameEntry(const QString &path)
{
    bool ok = false;
    const QString to
        = QInputDialog::getText(this, tr("Rename"), tr("New path:"), QLineEdit::Normal, path, &ok);
    if (ok && !to.trimmed().isEmpty() && to.trimmed() != path && m_folders.session())
        m_folders.session()->client().renameEntry(path, to.trimmed());
}

void SessionPanel::deleteEntry(const QString &path)
{
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Delete"),
        tr("Delete %1 from the shared folder for everyone? Whoever has it open keeps the text.")
            .arg(path));
    if (answer == QMessageBox::Yes && m_folders.session())
        m_folders.session()->client().deleteEntry(path);
}

} // namespace ensemble
