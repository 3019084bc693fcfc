#pragma once

#include <QMainWindow>
#include <memory>

class QTabWidget;

namespace ensemble {

class CollaborationController;
class DocumentTab;
class FindReplaceBar;
class HostRecoveryController;
class RecentFiles;
class Settings;
class UserPrompts;
class Workspace;
struct AppContext;

// The window: tabs, find bar and status bar. Menus are built by one controller each; the
// document logic lives in Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // prompts: who answers questions (dialogs when null); it must outlive the window.
    explicit MainWindow(Settings &settings, UserPrompts *prompts = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() const { return *m_workspace; }
    RecentFiles &recentFiles() const { return *m_recent; }
    FindReplaceBar &findBar() const { return *m_findBar; }
    CollaborationController &collaboration() const { return *m_collaboration; }

    // Files from the command line; with none, an empty document to type into.
    void openStartupFiles(const QStringList &paths);
    // Asks what to do with the rooms the app was hosting when it last stopped unexpectedly.
    void offerInterruptedHosting();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateTitle();
    void restoreWindow();

    Settings &m_settings;
    std::unique_ptr<UserPrompts> m_ownPrompts;
    UserPrompts *m_prompts;
    QTabWidget *m_tabs;
    FindReplaceBar *m_findBar;
    RecentFiles *m_recent;
    Workspace *m_workspace;
    std::unique_ptr<AppContext> m_context;
    CollaborationController *m_collaboration;
    HostRecoveryController *m_recovery;
};

} // namespace ensemble
