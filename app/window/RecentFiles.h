#pragma once

#include <QObject>
#include <QStringList>

namespace ensemble {

class Settings;

// Most recently opened or saved files first, without duplicates, persisted in Settings.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximumCount = 10;

    explicit RecentFiles(Settings &settings, QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store();

    Settings &m_settings;
    QStringList m_files;
};

} // namespace ensemble
