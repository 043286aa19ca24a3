import path from 'path';

// SQLite by default; DATABASE_CLIENT=postgres or mysql switches to a server.
export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const connections = {
    sqlite: {
      connection: {
        // Compiled into dist/config: the app root is two levels up.
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      // Write-ahead logging: a commit appends to the log instead of syncing the database file,
      // and other processes read while Strapi writes (synchronous=NORMAL is safe against a crash of the
      // app; a power cut may lose the last commits). DATABASE_SQLITE_WAL=false measures without.
      pool: {
        afterCreate: (connection, done) => {
          if (env.bool('DATABASE_SQLITE_WAL', true)) {
            connection.pragma('journal_mode = WAL');
            connection.pragma('synchronous = NORMAL');
          } else {
            connection.pragma('journal_mode = DELETE');
          }
          done(null, connection);
        },
      },
    },
    postgres: {
      connection: {
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'film_reviews'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    mysql: {
      connection: {
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 3306),
        database: env('DATABASE_NAME', 'film_reviews'),
        user: env('DATABASE_USERNAME', 'root'),
        password: env('DATABASE_PASSWORD', ''),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
  };
  return {
    connection: { client, ...connections[client], acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000) },
  };
};
