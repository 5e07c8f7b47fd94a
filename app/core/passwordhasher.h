#pragma once

#include "coreglobal.h"

#include <QByteArray>
#include <QString>

namespace Backroom {

// Argon2id password hashes through libsodium (crypto_pwhash_str): the salt
// and the limits travel inside the stored string, so raising the limits
// later only needs needsRehash() at the next successful login.
class BACKROOM_CORE_EXPORT PasswordHasher
{
public:
    struct Limits
    {
        quint64 operations;
        size_t memory;   // bytes
    };
    // At least libsodium's INTERACTIVE limits (2 passes, 64 MiB).
    static Limits defaultLimits();
    // Tests use small limits to stay fast; never lower than libsodium's
    // minimum. {0, 0}: the defaults again.
    static void setLimitsForTesting(const Limits &limits);

    // Empty on failure (out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &stored, const QString &password);
    static bool needsRehash(const QString &stored);
};

} // namespace Backroom
