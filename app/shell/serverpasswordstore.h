#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Backroom::Internal {

// The passwords of PostgreSQL servers, kept in the platform's keychain through
// QtKeychain: the Secret Service on Linux (GNOME Keyring, KWallet), the
// Credential Manager on Windows. Nothing is ever written anywhere else: where
// no keychain answers (a headless box, no Secret Service on the session bus)
// isAvailable() is false and every call does nothing, so the password is
// asked each time as before.
//
// QtKeychain's jobs are asynchronous; each call here runs its job in a local
// event loop that repaints but takes no user input, so the dialogs stay
// simple and the window does not freeze beyond the job itself (a keyring
// that has to be unlocked shows its own prompt meanwhile).
class ServerPasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::ServerPasswordStore)

public:
    // `service` names Backroom's entries in the keychain; tests use their own.
    explicit ServerPasswordStore(const QString &service = QStringLiteral("Backroom"));

    // What a server company's password is kept under: the connection, never
    // anything secret. user@host:port/database, or user@service:NAME for a
    // libpq service; the schema and TLS mode are left out, as companies in
    // several schemas of one database share the database user's password.
    static QString identity(const QString &url);

    // A translated sentence for a QtKeychain error code (QKeychain::Error),
    // with the library's own English words after it as a detail.
    static QString errorText(int code, const QString &detail = {});

    // Whether the keychain answers. Asked once per process (a lookup of an
    // entry that never exists) and remembered.
    bool isAvailable() const;
    // Why not, for a tooltip (empty while it is available).
    QString unavailableReason() const;

    // The saved password; nothing when none is saved or the keychain failed
    // (then `error` says why).
    std::optional<QString> read(const QString &url, QString *error = nullptr) const;
    // Saves (or replaces) the password of `url`'s connection.
    bool write(const QString &url, const QString &password, QString *error = nullptr) const;
    // Forgets it; true also when none was saved.
    bool remove(const QString &url, QString *error = nullptr) const;

private:
    QString m_service;
};

} // namespace Backroom::Internal
