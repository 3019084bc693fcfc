#pragma once

class QMainWindow;

namespace ensemble {

class FindReplaceBar;
class RecentFiles;
class Settings;
class UserPrompts;
class Workspace;

// What the menu controllers share: handed to each so none needs the MainWindow class itself.
struct AppContext
{
    QMainWindow &window;
    Workspace &workspace;
    Settings &settings;
    RecentFiles &recent;
    UserPrompts &prompts;
    FindReplaceBar &findBar;
};

} // namespace ensemble
