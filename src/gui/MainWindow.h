// Scopekeeper console: the main window over one open store: navigation between the
// "API Apps", "API Keys" and "Activity" pages, the demo banner and the message bar.
//
// A per-key store (StoreInfo::scoping, "User API Keys" as in the AIMMS Cloud Portal) opens on
// "User API Keys" instead, where each key gets its own scopes; it has no apps page and no
// "New App" (Ctrl+N makes a key). Its "API Keys" page (every key of every holder) is shown on
// a server, where an administrator may need to see, or delete, a colleague's key; a local
// store has one holder, whose keys "User API Keys" shows already.
#pragma once

#include "Error.h"
#include "Types.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>
#include <utility>

namespace Ui {
class MainWindow;
}

namespace sk {

class AppListModel;
class ActivityPage;
class AppsPage;
class KeysPage;
class Store;
class UserKeysPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        AppsPageIndex,
        KeysPageIndex,
        ActivityPageIndex,
        UserKeysPageIndex, // a per-key store's only
    };

    MainWindow(Store* store, const StoreInfo& info, QWidget* parent = nullptr);
    ~MainWindow() override;

    AppListModel* appListModel() const;
    AppsPage* appsPage() const { return m_appsPage; }
    KeysPage* keysPage() const { return m_keysPage; }
    ActivityPage* activityPage() const { return m_activityPage; }
    /// The "User API Keys" page; null unless the store is per-key.
    UserKeysPage* userKeysPage() const { return m_userKeysPage; }
    /// Whether the navigation offers `page` (a per-key store has no apps page, …).
    bool hasPage(Page page) const;
    /// Shows `page`, if the window has it.
    void showPage(Page page);
    Page currentPage() const;

    /// Shows a problem with the store in the message bar: with Retry, or, when a server
    /// refused the token, with "Connect…" (Connect to Server for that server).
    void showStoreError(const Error& error);
    /// A passing note in the status bar (e.g. about a --catalog that did not apply).
    void showNote(const QString& text);
    /// After File > Sign Out: the server's apps, keys and activity are no longer shown, nothing
    /// more is asked of it, and the message bar says `message` with "Connect…" to sign in
    /// again. May be called again to change the message.
    void showSignedOut(const QString& message);
    bool isSignedOut() const { return m_signedOut; }

    /// File > Back Up Store… (a local store only): asks where, with a native save dialog.
    void backUpStore();
    /// Writes a backup of the local store to `file` (never over an existing file, readable by
    /// its owner only); says where it went, or why it was not written. Returns at once.
    void backUpStoreTo(const QString& file);
    /// Where File > Back Up Store… suggests putting the backup: beside the store, named after
    /// it and today's date ("store-backup-2026-11-30.sqlite").
    QString suggestedBackupPath() const;

    /// File > Export Inventory…: asks where, CSV or JSON (the filter chosen, or the file's
    /// extension).
    void exportInventory();
    enum class InventoryFormat
    {
        Csv,
        Json,
    };
    /// Writes the inventory (Inventory: every key, and every app with no keys; never a secret
    /// or a hash) to `file` in one go (QSaveFile: a failure leaves no file behind); says how
    /// many rows went where, or why nothing was written. Returns at once.
    void exportInventoryTo(const QString& file, InventoryFormat format);
    /// The file and format File > Export Inventory… writes for `file` as chosen: .json or .csv
    /// decide; any other name takes the filter chosen's format, and its extension when it has
    /// none.
    static std::pair<QString, InventoryFormat> inventoryTarget(const QString& file,
                                                               bool jsonFilterChosen);
    /// The message bar's expiry reminder, if it shows one (else empty).
    QString expiryReminderText() const;
    /// "3 keys expire within 14 days".
    static QString expiryReminderText(int keys, int days);

    /// Applies the preferences that concern the window (the automatic refresh, the expiry
    /// reminder, the API Keys page's filter days).
    void applyPreferences();
    /// Refreshes the page on screen every `ms` milliseconds, like F5; 0 turns it off. A tick
    /// while the page is still loading is skipped, so requests never pile up.
    void setAutoRefreshInterval(int ms);
    int autoRefreshInterval() const;

Q_SIGNALS:
    /// A backup of the local store was written to `file`, or refused (`error`).
    void backupFinished(const QString& file, const sk::Error& error, bool ok);
    /// The File menu's store commands; the launcher acts on them.
    void newLocalStoreRequested();
    void openLocalStoreRequested();
    void newDemoStoreRequested();
    void openRecentStoreRequested(const QString& path);
    /// File > Connect to Server… and File > Sign Out (a server store only).
    void connectToServerRequested();
    void signOutRequested();
    void preferencesRequested();
    /// File > Export Inventory… wrote `rows` rows to `file`, or did not (`error` says why).
    void inventoryExported(const QString& file, int rows, const QString& error);

private:
    void refreshCurrentPage();
    void autoRefresh();
    void reloadCurrentPage();
    bool isCurrentPageLoading() const;
    void showAbout();
    void setupNavigation(bool perKey);
    void setupMenus();
    /// The navigation row that shows `page`, or -1.
    int rowOf(Page page) const;
    /// A warning in the status bar when the server token expires within two weeks.
    void showTokenExpiry(const QDateTime& expiresAt);
    /// The expiry reminder, the export (MainWindowLifecycle.cpp).
    void setupLifecycle();
    /// The message bar shows the reminder when there is one to show, unless it shows a
    /// problem with the store (which the reminder never hides) or was dismissed.
    void updateExpiryReminder();
    /// The problem with the store is over: its bar goes, and the reminder may show.
    void clearStoreError();
    /// Whether the reminder counts "User API Keys" (a local per-key store, whose "API Keys"
    /// page is hidden and so never loads) rather than the "API Keys" page's rows.
    bool remindsFromUserKeys() const;
    /// The keys the reminder names now; -1 while its keys have not loaded.
    int expiringKeyCount() const;
    void showExpiringKeys();
    void inventoryNotWritten(const QString& file, const QString& why);
    void writeInventory(const QString& file, InventoryFormat format, const QList<App>& apps,
                        const QList<ApiKey>& keys);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store* m_store;
    StoreInfo m_info;
    bool m_onServer = false;
    bool m_tokenRefused = false; // until a page loads again: no automatic refresh
    bool m_signedOut = false;
    QTimer m_autoRefreshTimer;
    AppsPage* m_appsPage;
    KeysPage* m_keysPage = nullptr;
    ActivityPage* m_activityPage = nullptr;
    UserKeysPage* m_userKeysPage = nullptr;
    QAction* m_newUserKeyAction = nullptr;
    bool m_errorShown = false; // the message bar shows a problem with the store
    bool m_reminderShown = false;
    bool m_reminderAwaitsApps = false; // the reminder's keys load once the apps have come
    int m_reminderDays = 0;            // Preferences::expiryReminderDays(); 0: off
    QPair<int, int> m_dismissed;       // the reminder dismissed: its count and days
};

} // namespace sk
