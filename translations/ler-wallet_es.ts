<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>LER Wallet cannot start</source>
        <translation>LER Wallet no puede iniciarse</translation>
    </message>
    <message>
        <source>LER Wallet: your Learning and Employment Record</source>
        <translation>LER Wallet: su registro de aprendizaje y empleo</translation>
    </message>
    <message>
        <source>Open the wallet in DIR.</source>
        <translation>Abrir la billetera que está en DIR.</translation>
    </message>
</context>
<context>
    <name>ler::cli</name>
    <message>
        <source>Create a wallet and print its recovery code (shown once).</source>
        <translation>Crear una billetera y mostrar su código de recuperación (se muestra una sola vez).</translation>
    </message>
    <message>
        <source>Change the wallet passphrase (or set a new one with the recovery code).</source>
        <translation>Cambiar la frase de contraseña de la billetera (o poner una nueva con el código de recuperación).</translation>
    </message>
    <message>
        <source>Check the wallet&apos;s integrity.</source>
        <translation>Comprobar la integridad de la billetera.</translation>
    </message>
    <message>
        <source>Usage: ler-wallet-cli [options] &lt;command&gt; [arguments]

LER Wallet keeps your Learning and Employment Record in an encrypted wallet.

Commands:
</source>
        <translation>Uso: ler-wallet-cli [opciones] &lt;orden&gt; [argumentos]

LER Wallet guarda su registro de aprendizaje y empleo en una billetera cifrada.

Órdenes:
</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Indique una orden.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>Run ler-wallet-cli --help for the commands and options.</source>
        <translation>Ejecute ler-wallet-cli --help para ver las órdenes y opciones.</translation>
    </message>
    <message>
        <source>No wallet in %1. Create one with: ler-wallet-cli init</source>
        <translation>No hay ninguna billetera en %1. Cree una con: ler-wallet-cli init</translation>
    </message>
    <message>
        <source>Wallet passphrase: </source>
        <translation>Frase de contraseña de la billetera: </translation>
    </message>
    <message>
        <source>%1 already holds a wallet.</source>
        <translation>%1 ya contiene una billetera.</translation>
    </message>
    <message>
        <source>New wallet passphrase: </source>
        <translation>Frase de contraseña de la nueva billetera: </translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Creating the wallet (measuring this computer to set the key strength)...</source>
        <translation>Creando la billetera (midiendo esta computadora para fijar la fuerza de la clave)...</translation>
    </message>
    <message>
        <source>Wallet created in %1</source>
        <translation>Billetera creada en %1</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it somewhere safe; it is shown only once):</source>
        <translation>Código de recuperación (anótelo y guárdelo en un lugar seguro; se muestra una sola vez):</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your wallet.</source>
        <translation>Si olvida su frase de contraseña, este código es la única forma de volver a entrar en su billetera.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>[ok]    </source>
        <translation>[bien]  </translation>
    </message>
    <message>
        <source>[FAIL]  </source>
        <translation>[FALLO] </translation>
    </message>
    <message>
        <source>The wallet is intact.</source>
        <translation>La billetera está intacta.</translation>
    </message>
    <message>
        <source>The wallet has problems; see above.</source>
        <translation>La billetera tiene problemas; vea arriba.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase. Use --passphrase-file or LER_WALLET_PASSPHRASE.</source>
        <translation>No hay terminal para pedir la frase de contraseña. Use --passphrase-file o LER_WALLET_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation>No se pudo leer el archivo de la frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>El archivo de la frase de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbala otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Import credentials from FILE... (JSON, JWT, SD-JWT, baked PNG/SVG badges, PESC XML, CSV; - reads standard input).</source>
        <translation>Importar credenciales de FILE... (JSON, JWT, SD-JWT, insignias PNG/SVG con datos incrustados, XML PESC, CSV; - lee la entrada estándar).</translation>
    </message>
    <message>
        <source>List the credentials in the wallet.</source>
        <translation>Listar las credenciales de la billetera.</translation>
    </message>
    <message>
        <source>Show one credential (ID) as its normalized record.</source>
        <translation>Mostrar una credencial (ID) como su registro normalizado.</translation>
    </message>
    <message>
        <source>Find credentials by words in their title, issuer or skills.</source>
        <translation>Buscar credenciales por palabras de su título, emisor o competencias.</translation>
    </message>
    <message>
        <source>Write the exact original of credential ID to the file given by --out.</source>
        <translation>Escribir el original exacto de la credencial ID en el archivo indicado con --out.</translation>
    </message>
    <message>
        <source>Delete credential ID and the credentials nested in it.</source>
        <translation>Eliminar la credencial ID y las credenciales anidadas en ella.</translation>
    </message>
    <message>
        <source>Print the canonical form of FILE (--rdfc, --jsonld-to-rdf or --jcs).</source>
        <translation>Mostrar la forma canónica de FILE (--rdfc, --jsonld-to-rdf o --jcs).</translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading.</source>
        <translation>No se puede abrir %1 para leerlo.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 es demasiado grande.</translation>
    </message>
    <message>
        <source>[warn]  </source>
        <translation>[aviso] </translation>
    </message>
    <message>
        <source>[--]    </source>
        <translation>[--]    </translation>
    </message>
    <message>
        <source>Credential %1 inside:</source>
        <translation>Credencial %1 incluida:</translation>
    </message>
    <message>
        <source>Name at least one file to verify.</source>
        <translation>Indique al menos un archivo para verificar.</translation>
    </message>
    <message>
        <source>canonicalize needs exactly one of --rdfc, --jsonld-to-rdf or --jcs, and one file.</source>
        <translation>canonicalize necesita exactamente una de --rdfc, --jsonld-to-rdf o --jcs, y un archivo.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>El archivo no es JSON válido: %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>update available</source>
        <translation>nueva versión</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message numerus="yes">
        <source>with %n nested credential(s)</source>
        <translation>
            <numerusform>con %n credencial anidada</numerusform>
            <numerusform>con %n credenciales anidadas</numerusform>
        </translation>
    </message>
    <message>
        <source>A different version of this credential is already in your wallet; run the import again with --replace to update it.</source>
        <translation>Ya hay otra versión de esta credencial en su billetera; vuelva a importar con --replace para actualizarla.</translation>
    </message>
    <message>
        <source>Name exactly one credential id (see: list).</source>
        <translation>Indique exactamente un id de credencial (vea: list).</translation>
    </message>
    <message>
        <source>Name one or more files to import, or - for standard input.</source>
        <translation>Indique uno o más archivos para importar, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Standard input (-) can be named only once.</source>
        <translation>La entrada estándar (-) solo puede indicarse una vez.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>The wallet holds no credentials yet. Add some with: ler-wallet-cli import FILE</source>
        <translation>La billetera aún no contiene credenciales. Añada algunas con: ler-wallet-cli import FILE</translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation>Indique las palabras que desea buscar.</translation>
    </message>
    <message>
        <source>No credential matches.</source>
        <translation>Ninguna credencial coincide.</translation>
    </message>
    <message>
        <source>Format: %1 %2</source>
        <translation>Formato: %1 %2</translation>
    </message>
    <message>
        <source>Added: %1 from %2</source>
        <translation>Añadida: %1 desde %2</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizada: %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Huella (SHA-256): %1</translation>
    </message>
    <message>
        <source>Nested credential: %1</source>
        <translation>Credencial anidada: %1</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indique el archivo que se escribirá con --out FILE.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Wrote the original (%1 bytes) to %2.</source>
        <translation>Se escribió el original (%1 bytes) en %2.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>Verify credentials in FILE... (no wallet needed; - reads standard input), or with --all every credential in the wallet, keeping the results.</source>
        <translation>Verificar las credenciales de FILE... (no hace falta billetera; - lee la entrada estándar), o con --all todas las credenciales de la billetera, guardando los resultados.</translation>
    </message>
    <message>
        <source>
Options:
  --wallet DIR               Wallet folder (default: %1)
  --json                     Print one JSON document
  --passphrase-file FILE     Read the passphrase from the first line of FILE
  --new-passphrase-file FILE passwd: read the new passphrase from FILE
  --recovery-code            passwd: open with the recovery code instead of the passphrase
  --replace                  import: replace stored versions of credentials that changed
  --out FILE                 export: write the original to FILE
  --offline                  verify: do not use the network (checks that need it are not done)
  --all                      verify: check every credential in the wallet again (with --wallet)
  --challenge C              verify: the challenge (nonce) a presentation must answer
  --domain D                 verify: the domain (audience) a presentation must be made for
  --issuer-keys FILE         verify: issuer keys you trust (JWKS with kid, issuer metadata or DID
                             documents)
  --identifier ID            verify: your email address or DID, for the recipient check (repeatable)
  --rdfc                     canonicalize: RDFC-1.0 canonical N-Quads of an N-Quads file
  --jsonld-to-rdf            canonicalize: a JSON-LD file as RDF, printed as RDFC-1.0 canonical
                             N-Quads (bundled contexts only)
  --jcs                      canonicalize: RFC 8785 canonical JSON
  -h, --help                 Show this help

The passphrase is asked for on the terminal without echo. For scripts it can come from
--passphrase-file or the LER_WALLET_PASSPHRASE environment variable (less safe: other
programs of the same user can read the environment). A new passphrase can also come from
LER_WALLET_NEW_PASSPHRASE, a recovery code from LER_WALLET_RECOVERY_CODE.

Exit codes:
  0  success (verify: every file verified)
  1  a check or verification failed (verify: a file is not verified or only partly verified),
     or import rejected some input
  2  usage error
  3  unreadable or invalid input
  4  wrong passphrase or locked wallet
</source>
        <translation>
Opciones:
  --wallet DIR               Carpeta de la billetera (por omisión: %1)
  --json                     Imprimir un solo documento JSON
  --passphrase-file FILE     Leer la frase de contraseña de la primera línea de FILE
  --new-passphrase-file FILE passwd: leer la nueva frase de contraseña de FILE
  --recovery-code            passwd: abrir con el código de recuperación en lugar de la frase
  --replace                  import: reemplazar las versiones guardadas de credenciales que cambiaron
  --out FILE                 export: escribir el original en FILE
  --offline                  verify: no usar la red (no se hacen las comprobaciones que la necesitan)
  --all                      verify: volver a comprobar todas las credenciales de la billetera (con --wallet)
  --challenge C              verify: el desafío (nonce) que debe responder una presentación
  --domain D                 verify: el dominio (audiencia) para el que debe hacerse una presentación
  --issuer-keys FILE         verify: claves de emisores en las que confía (JWKS con kid, metadatos de
                             emisor o documentos DID)
  --identifier ID            verify: su correo electrónico o DID, para comprobar el destinatario (repetible)
  --rdfc                     canonicalize: N-Quads canónicos RDFC-1.0 de un archivo N-Quads
  --jsonld-to-rdf            canonicalize: un archivo JSON-LD como RDF, en N-Quads canónicos RDFC-1.0
                             (solo contextos incluidos)
  --jcs                      canonicalize: JSON canónico RFC 8785
  -h, --help                 Mostrar esta ayuda

La frase de contraseña se pide en la terminal sin mostrarla. Para scripts puede venir de
--passphrase-file o de la variable de entorno LER_WALLET_PASSPHRASE (menos segura: otros
programas del mismo usuario pueden leer el entorno). Una frase nueva también puede venir de
LER_WALLET_NEW_PASSPHRASE, y un código de recuperación de LER_WALLET_RECOVERY_CODE.

Códigos de salida:
  0  éxito (verify: todos los archivos verificados)
  1  falló una comprobación o verificación (verify: un archivo no está verificado o solo en parte),
     o import rechazó parte de la entrada
  2  error de uso
  3  entrada ilegible o no válida
  4  frase de contraseña incorrecta o billetera bloqueada
</translation>
    </message>
    <message>
        <source>verify --all checks the wallet; name no files with it.</source>
        <translation>verify --all comprueba la billetera; no indique archivos con esta opción.</translation>
    </message>
</context>
<context>
    <name>ler::codec</name>
    <message>
        <source>The compressed data is too large.</source>
        <translation>Los datos comprimidos son demasiado grandes.</translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation>No se pudo iniciar el descompresor.</translation>
    </message>
    <message>
        <source>The data is not valid GZIP (it is damaged or not compressed).</source>
        <translation>Los datos no son GZIP válido (están dañados o no están comprimidos).</translation>
    </message>
    <message>
        <source>The compressed data expands to more than is allowed.</source>
        <translation>Los datos comprimidos ocupan más de lo permitido al descomprimirse.</translation>
    </message>
    <message>
        <source>The GZIP data is cut short.</source>
        <translation>Los datos GZIP están incompletos.</translation>
    </message>
    <message>
        <source>There are unexpected bytes after the GZIP data.</source>
        <translation>Hay bytes inesperados después de los datos GZIP.</translation>
    </message>
    <message>
        <source>The data is too large to compress.</source>
        <translation>Los datos son demasiado grandes para comprimirlos.</translation>
    </message>
    <message>
        <source>The compressor could not be started.</source>
        <translation>No se pudo iniciar el compresor.</translation>
    </message>
    <message>
        <source>Compression failed.</source>
        <translation>Falló la compresión.</translation>
    </message>
</context>
<context>
    <name>ler::crypto</name>
    <message>
        <source>The encrypted data is damaged or incomplete.</source>
        <translation>Los datos cifrados están dañados o incompletos.</translation>
    </message>
    <message>
        <source>The key does not open this data.</source>
        <translation>La clave no abre estos datos.</translation>
    </message>
    <message>
        <source>The key file uses a key derivation method this version does not know.</source>
        <translation>El archivo de claves usa un método de derivación de claves que esta versión no conoce.</translation>
    </message>
    <message>
        <source>The key file&apos;s key derivation settings are out of range.</source>
        <translation>Los ajustes de derivación de claves del archivo de claves están fuera de rango.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La biblioteca de criptografía no pudo iniciarse.</translation>
    </message>
    <message>
        <source>Invalid key derivation settings.</source>
        <translation>Ajustes de derivación de claves no válidos.</translation>
    </message>
    <message>
        <source>Could not allocate protected memory for a key.</source>
        <translation>No se pudo reservar memoria protegida para una clave.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>No hay memoria suficiente para derivar la clave de la frase de contraseña.</translation>
    </message>
    <message>
        <source>Invalid key for subkey derivation.</source>
        <translation>Clave no válida para derivar una subclave.</translation>
    </message>
    <message>
        <source>Could not derive a subkey.</source>
        <translation>No se pudo derivar una subclave.</translation>
    </message>
    <message>
        <source>The cryptography self-test failed (%1). LER Wallet cannot run safely on this computer.</source>
        <translation>Falló la autoprueba criptográfica (%1). LER Wallet no puede funcionar de forma segura en esta computadora.</translation>
    </message>
    <message>
        <source>The public key is not in a PEM form we can read.</source>
        <translation>La clave pública no está en un formato PEM que podamos leer.</translation>
    </message>
    <message>
        <source>The public key uses an elliptic curve we do not support.</source>
        <translation>La clave pública usa una curva elíptica que no admitimos.</translation>
    </message>
    <message>
        <source>The public key is of a type we do not support.</source>
        <translation>La clave pública es de un tipo que no admitimos.</translation>
    </message>
    <message>
        <source>The public key text is too long.</source>
        <translation>El texto de la clave pública es demasiado largo.</translation>
    </message>
    <message>
        <source>The PEM text holds something other than a public key.</source>
        <translation>El texto PEM contiene algo que no es una clave pública.</translation>
    </message>
</context>
<context>
    <name>ler::formats</name>
    <message>
        <source>The badge data baked into the image is empty.</source>
        <translation>Los datos de la insignia incrustados en la imagen están vacíos.</translation>
    </message>
    <message>
        <source>Badge image (PNG)</source>
        <translation>Imagen de insignia (PNG)</translation>
    </message>
    <message>
        <source>This PNG image has no badge baked into it (no openbadges or openbadgecredential text chunk).</source>
        <translation>Esta imagen PNG no tiene ninguna insignia incrustada (no hay bloque de texto openbadges ni openbadgecredential).</translation>
    </message>
    <message>
        <source>Badge image (SVG)</source>
        <translation>Imagen de insignia (SVG)</translation>
    </message>
    <message>
        <source>The XML file is not an SVG image.</source>
        <translation>El archivo XML no es una imagen SVG.</translation>
    </message>
    <message>
        <source>This SVG image has no badge baked into it (no openbadges:assertion or openbadges:credential element).</source>
        <translation>Esta imagen SVG no tiene ninguna insignia incrustada (no hay elemento openbadges:assertion ni openbadges:credential).</translation>
    </message>
    <message>
        <source>Credential %1 inside the learner record could not be read: %2</source>
        <translation>No se pudo leer la credencial %1 dentro del registro del estudiante: %2</translation>
    </message>
    <message>
        <source>It is neither a JSON object nor a token.</source>
        <translation>No es ni un objeto JSON ni un token.</translation>
    </message>
    <message>
        <source>Comprehensive Learner Record 2.0</source>
        <translation>Registro integral del estudiante (CLR) 2.0</translation>
    </message>
    <message>
        <source>The credential is not a Comprehensive Learner Record (its type is not ClrCredential).</source>
        <translation>La credencial no es un registro integral del estudiante (su tipo no es ClrCredential).</translation>
    </message>
    <message>
        <source>The learner record&apos;s verifiableCredential must be a list.</source>
        <translation>El campo verifiableCredential del registro del estudiante debe ser una lista.</translation>
    </message>
    <message>
        <source>The learner record holds %1 credentials; at most %2 can be imported at once.</source>
        <translation>El registro del estudiante contiene %1 credenciales; se pueden importar como máximo %2 a la vez.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object.</source>
        <translation>La cabecera del token no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>El contenido del token no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The text is not a compact JSON Web Token (three parts separated by dots).</source>
        <translation>El texto no es un JSON Web Token compacto (tres partes separadas por puntos).</translation>
    </message>
    <message>
        <source>The token has more than %1 disclosures.</source>
        <translation>El token tiene más de %1 divulgaciones.</translation>
    </message>
    <message>
        <source>The token has an empty header or payload.</source>
        <translation>El token tiene la cabecera o el contenido vacíos.</translation>
    </message>
    <message>
        <source>This file is not in a format LER Wallet can import. Supported formats: %1.</source>
        <translation>Este archivo no está en un formato que LER Wallet pueda importar. Formatos admitidos: %1.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading.</source>
        <translation>No se pudo abrir el archivo para leerlo.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB); the limit is %2 MB.</source>
        <translation>El archivo es demasiado grande para importarlo (%1 MB); el límite es %2 MB.</translation>
    </message>
    <message>
        <source>The JSON data is nested too deeply (more than %1 levels) to be a credential.</source>
        <translation>Los datos JSON están anidados a demasiada profundidad (más de %1 niveles) para ser una credencial.</translation>
    </message>
    <message>
        <source>The JSON data is empty.</source>
        <translation>Los datos JSON están vacíos.</translation>
    </message>
    <message>
        <source>The JSON data ends too early; the file may be cut off.</source>
        <translation>Los datos JSON terminan antes de tiempo; puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <source>The data is not valid JSON (error near character %1).</source>
        <translation>Los datos no son JSON válido (error cerca del carácter %1).</translation>
    </message>
    <message>
        <source>The JSON data must be an object ({...}) but is not.</source>
        <translation>Los datos JSON deben ser un objeto ({...}) y no lo son.</translation>
    </message>
    <message>
        <source>A part of the token is not valid base64url text.</source>
        <translation>Una parte del token no es texto base64url válido.</translation>
    </message>
    <message>
        <source>Open Badges 2.0</source>
        <translation>Open Badges 2.0</translation>
    </message>
    <message>
        <source>The badge refers to its data with an address that is not a web address.</source>
        <translation>La insignia remite a sus datos con una dirección que no es una dirección web.</translation>
    </message>
    <message>
        <source>The badge holds only a web address for its data, and downloading is turned off, so it cannot be imported offline.</source>
        <translation>La insignia solo contiene una dirección web para sus datos y las descargas están desactivadas, así que no se puede importar sin conexión.</translation>
    </message>
    <message>
        <source>The badge&apos;s %1 must be a web address or an object, but it is not.</source>
        <translation>El campo %1 de la insignia debe ser una dirección web o un objeto, y no lo es.</translation>
    </message>
    <message>
        <source>This Open Badges file describes a badge or an issuer, not a badge awarded to someone (an Assertion).</source>
        <translation>Este archivo de Open Badges describe una insignia o un emisor, no una insignia otorgada a alguien (una Assertion).</translation>
    </message>
    <message>
        <source>The badge&apos;s id must be text.</source>
        <translation>El id de la insignia debe ser texto.</translation>
    </message>
    <message>
        <source>The badge names no recipient.</source>
        <translation>La insignia no indica ningún destinatario.</translation>
    </message>
    <message>
        <source>The badge&apos;s issuedOn must be a date.</source>
        <translation>El campo issuedOn de la insignia debe ser una fecha.</translation>
    </message>
    <message>
        <source>The badge assertion names no badge.</source>
        <translation>La asignación de la insignia no indica ninguna insignia.</translation>
    </message>
    <message>
        <source>Open Badge (details not downloaded)</source>
        <translation>Open Badge (detalles no descargados)</translation>
    </message>
    <message>
        <source>Open Badges 3.0</source>
        <translation>Open Badges 3.0</translation>
    </message>
    <message>
        <source>The credential is not an Open Badges 3.0 credential (its type is not OpenBadgeCredential).</source>
        <translation>La credencial no es una credencial de Open Badges 3.0 (su tipo no es OpenBadgeCredential).</translation>
    </message>
    <message>
        <source>PESC College Transcript</source>
        <translation>Certificado de estudios universitarios PESC</translation>
    </message>
    <message>
        <source>PESC High School Transcript</source>
        <translation>Certificado de estudios de secundaria PESC</translation>
    </message>
    <message>
        <source>The XML file is not a %1.</source>
        <translation>El archivo XML no es un %1.</translation>
    </message>
    <message>
        <source>unknown institution</source>
        <translation>institución desconocida</translation>
    </message>
    <message>
        <source>College transcript: %1</source>
        <translation>Certificado de estudios universitarios: %1</translation>
    </message>
    <message>
        <source>High school transcript: %1</source>
        <translation>Certificado de estudios de secundaria: %1</translation>
    </message>
    <message>
        <source>The PNG image is damaged or cut off.</source>
        <translation>La imagen PNG está dañada o cortada.</translation>
    </message>
    <message>
        <source>A text chunk in the PNG image is malformed.</source>
        <translation>Un bloque de texto de la imagen PNG está mal formado.</translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation>El archivo no es una imagen PNG.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk&apos;s checksum does not match its content.</source>
        <translation>La imagen PNG está dañada: la suma de comprobación de un bloque no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The PNG image has too many text chunks.</source>
        <translation>La imagen PNG tiene demasiados bloques de texto.</translation>
    </message>
    <message>
        <source>Decompression failed.</source>
        <translation>Falló la descompresión.</translation>
    </message>
    <message>
        <source>Compressed text in the image unpacks to more than %1 MB.</source>
        <translation>El texto comprimido de la imagen ocupa más de %1 MB al descomprimirse.</translation>
    </message>
    <message>
        <source>SD-JWT Verifiable Credential</source>
        <translation>Credencial verificable SD-JWT</translation>
    </message>
    <message>
        <source>A disclosure of the SD-JWT is not a list of salt, name and value.</source>
        <translation>Una divulgación del SD-JWT no es una lista de sal, nombre y valor.</translation>
    </message>
    <message>
        <source>The credential&apos;s issuer must be a web address or an object with an id, but it is not.</source>
        <translation>El emisor de la credencial debe ser una dirección web o un objeto con id, y no lo es.</translation>
    </message>
    <message>
        <source>Selectively disclosed credential</source>
        <translation>Credencial de divulgación selectiva</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation>Línea %1 del archivo CSV: %2</translation>
    </message>
    <message>
        <source>Self-asserted entries (CSV)</source>
        <translation>Entradas declaradas por usted (CSV)</translation>
    </message>
    <message>
        <source>text follows a closing quote; quotes inside a quoted field must be doubled.</source>
        <translation>hay texto después de unas comillas de cierre; las comillas dentro de un campo entre comillas deben ir dobles.</translation>
    </message>
    <message>
        <source>The CSV file has more than %1 rows.</source>
        <translation>El archivo CSV tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field; a closing quote is missing.</source>
        <translation>El archivo CSV termina dentro de un campo entre comillas; falta cerrar las comillas.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>El archivo CSV no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation>El archivo CSV no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>The CSV header has a column that is not one of: %1. The first row must be the header.</source>
        <translation>El encabezado del CSV tiene una columna que no es ninguna de estas: %1. La primera fila debe ser el encabezado.</translation>
    </message>
    <message>
        <source>The CSV header names the column %1 twice.</source>
        <translation>El encabezado del CSV nombra dos veces la columna %1.</translation>
    </message>
    <message>
        <source>The CSV header must have at least the columns kind and title.</source>
        <translation>El encabezado del CSV debe tener al menos las columnas kind y title.</translation>
    </message>
    <message>
        <source>the row has more fields than the header.</source>
        <translation>la fila tiene más campos que el encabezado.</translation>
    </message>
    <message>
        <source>the kind must be one of: %1.</source>
        <translation>el tipo (kind) debe ser uno de: %1.</translation>
    </message>
    <message>
        <source>a date is not written like 2024-05-31, 2024-05 or 2024.</source>
        <translation>una fecha no está escrita como 2024-05-31, 2024-05 o 2024.</translation>
    </message>
    <message>
        <source>The CSV file has a header but no entries.</source>
        <translation>El archivo CSV tiene encabezado pero ninguna entrada.</translation>
    </message>
    <message>
        <source>The entry needs a title.</source>
        <translation>La entrada necesita un título.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with https:// or http://.</source>
        <translation>El enlace debe ser una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>The credential&apos;s issuer has no id (a web address or DID).</source>
        <translation>El emisor de la credencial no tiene id (una dirección web o un DID).</translation>
    </message>
    <message>
        <source>The credential has no type.</source>
        <translation>La credencial no tiene tipo.</translation>
    </message>
    <message>
        <source>The credential&apos;s id must be text.</source>
        <translation>El id de la credencial debe ser texto.</translation>
    </message>
    <message>
        <source>The credential names no issuer.</source>
        <translation>La credencial no indica ningún emisor.</translation>
    </message>
    <message>
        <source>The credential&apos;s %1 must be text.</source>
        <translation>El campo %1 de la credencial debe ser texto.</translation>
    </message>
    <message>
        <source>The credential has no credentialSubject.</source>
        <translation>La credencial no tiene credentialSubject.</translation>
    </message>
    <message>
        <source>The credential subject&apos;s identifier must be a list of objects.</source>
        <translation>El identificador del sujeto de la credencial debe ser una lista de objetos.</translation>
    </message>
    <message>
        <source>The credential subject&apos;s achievement must be an object.</source>
        <translation>El logro del sujeto de la credencial debe ser un objeto.</translation>
    </message>
    <message>
        <source>W3C Verifiable Credential</source>
        <translation>Credencial verificable del W3C</translation>
    </message>
    <message>
        <source>Verifiable Credential</source>
        <translation>Credencial verificable</translation>
    </message>
    <message>
        <source>The XML file declares a document type (DTD). Such files are refused because a DTD can define harmful entities.</source>
        <translation>El archivo XML declara un tipo de documento (DTD). Estos archivos se rechazan porque una DTD puede definir entidades dañinas.</translation>
    </message>
    <message>
        <source>The XML file uses entity references, which are refused.</source>
        <translation>El archivo XML usa referencias a entidades, que se rechazan.</translation>
    </message>
    <message>
        <source>The XML elements are nested too deeply (more than %1 levels).</source>
        <translation>Los elementos XML están anidados a demasiada profundidad (más de %1 niveles).</translation>
    </message>
    <message>
        <source>The XML data ends too early; the file may be cut off.</source>
        <translation>Los datos XML terminan antes de tiempo; puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (problem on line %1).</source>
        <translation>El archivo no es XML bien formado (problema en la línea %1).</translation>
    </message>
</context>
<context>
    <name>ler::model</name>
    <message>
        <source>This record was saved by a newer or unknown version of LER Wallet and cannot be read.</source>
        <translation>Este registro lo guardó una versión más nueva o desconocida de LER Wallet y no se puede leer.</translation>
    </message>
    <message>
        <source>The record has an unknown kind.</source>
        <translation>El registro tiene un tipo desconocido.</translation>
    </message>
    <message>
        <source>The record has an unknown source format.</source>
        <translation>El registro tiene un formato de origen desconocido.</translation>
    </message>
</context>
<context>
    <name>ler::net</name>
    <message>
        <source>The DID document of %1 is not valid JSON.</source>
        <translation>El documento DID de %1 no es JSON válido.</translation>
    </message>
    <message>
        <source>The DID document fetched for %1 belongs to another identifier, so it cannot be used.</source>
        <translation>El documento DID descargado para %1 pertenece a otro identificador, así que no se puede usar.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Not fetched: %1 is not a secure (https) address.</source>
        <translation>No se descargó: %1 no es una dirección segura (https).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>The document from %1 is larger than the %2 KB limit, so it was not downloaded.</source>
        <translation>El documento de %1 supera el límite de %2 KB, así que no se descargó.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 has no document at this address (HTTP %2).</source>
        <translation>%1 no tiene ningún documento en esta dirección (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 respondió con un error (HTTP %2).</translation>
    </message>
    <message>
        <source>Not fetched: you are offline.</source>
        <translation>No se descargó: está sin conexión.</translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected more than %2 times.</source>
        <translation>No se descargó: %1 redirigió más de %2 veces.</translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected to an address that is not secure (https).</source>
        <translation>No se descargó: %1 redirigió a una dirección que no es segura (https).</translation>
    </message>
    <message>
        <source>The issuer&apos;s server sent something that is not an Open Badges document.</source>
        <translation>El servidor del emisor envió algo que no es un documento de Open Badges.</translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server has a different identifier from the one in your wallet.</source>
        <translation>La insignia del servidor del emisor tiene un identificador distinto al de la que está en su billetera.</translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server was awarded to someone else than the one in your wallet.</source>
        <translation>La insignia del servidor del emisor se otorgó a otra persona, no a la de la insignia de su billetera.</translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server is for a different achievement than the one in your wallet.</source>
        <translation>La insignia del servidor del emisor es de un logro distinto al de la que está en su billetera.</translation>
    </message>
    <message>
        <source>The badge is hosted at an address the issuer does not use for its badges.</source>
        <translation>La insignia está alojada en una dirección que el emisor no usa para sus insignias.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this badge.</source>
        <translation>Revocada: el emisor ha retirado esta insignia.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this badge (reason given: %1).</source>
        <translation>Revocada: el emisor ha retirado esta insignia (motivo indicado: %1).</translation>
    </message>
    <message>
        <source>This uses a copy fetched from the issuer on %1.</source>
        <translation>Se usa una copia descargada del emisor el %1.</translation>
    </message>
    <message>
        <source>The badge description could not be fetched: %1</source>
        <translation>No se pudo descargar la descripción de la insignia: %1</translation>
    </message>
    <message>
        <source>The badge description from the issuer is not a BadgeClass.</source>
        <translation>La descripción de la insignia que dio el emisor no es una BadgeClass.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched: %1</source>
        <translation>No se pudo descargar el perfil del emisor: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile is not an Issuer or Profile.</source>
        <translation>El perfil del emisor no es un Issuer ni un Profile.</translation>
    </message>
    <message>
        <source>This badge has no web address to check it against.</source>
        <translation>Esta insignia no tiene ninguna dirección web con la que comprobarla.</translation>
    </message>
    <message>
        <source>This badge is signed, so it is checked by its signature, not on the issuer&apos;s server.</source>
        <translation>Esta insignia está firmada, así que se comprueba por su firma, no en el servidor del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s server no longer has this badge.</source>
        <translation>El servidor del emisor ya no tiene esta insignia.</translation>
    </message>
    <message>
        <source>The issuer&apos;s server answered with an error (HTTP %1).</source>
        <translation>El servidor del emisor respondió con un error (HTTP %1).</translation>
    </message>
    <message>
        <source>Confirmed: the issuer&apos;s server still hosts this badge as awarded to you.</source>
        <translation>Confirmado: el servidor del emisor sigue teniendo esta insignia como otorgada a usted.</translation>
    </message>
    <message>
        <source>Signed Open Badges 2.0 badges must use RS256.</source>
        <translation>Las insignias firmadas de Open Badges 2.0 deben usar RS256.</translation>
    </message>
    <message>
        <source>The signed badge does not say it is verified by signature.</source>
        <translation>La insignia firmada no indica que se verifica por su firma.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched.</source>
        <translation>No se pudo descargar el perfil del emisor.</translation>
    </message>
    <message>
        <source>The key that signed this badge belongs to someone other than the badge&apos;s issuer.</source>
        <translation>La clave que firmó esta insignia pertenece a alguien distinto del emisor de la insignia.</translation>
    </message>
    <message>
        <source>The badge&apos;s signature does not match the issuer&apos;s key.</source>
        <translation>La firma de la insignia no coincide con la clave del emisor.</translation>
    </message>
    <message>
        <source>Confirmed: the badge is signed with the issuer&apos;s key.</source>
        <translation>Confirmado: la insignia está firmada con la clave del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no &quot;keys&quot; list.</source>
        <translation>El conjunto de claves del emisor no tiene la lista &quot;keys&quot;.</translation>
    </message>
    <message>
        <source>The issuer publishes no key this wallet can use.</source>
        <translation>El emisor no publica ninguna clave que esta billetera pueda usar.</translation>
    </message>
    <message>
        <source>The credential&apos;s issuer is not a secure web address (https), so its keys cannot be looked up.</source>
        <translation>El emisor de la credencial no es una dirección web segura (https), así que no se pueden buscar sus claves.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not valid JSON.</source>
        <translation>Los metadatos del emisor no son JSON válido.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata names a different issuer, so its keys cannot be used.</source>
        <translation>Los metadatos del emisor nombran a otro emisor, así que no se pueden usar sus claves.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata must give its keys either inline or by address, not both.</source>
        <translation>Los metadatos del emisor deben dar sus claves directamente o mediante una dirección, no de las dos formas.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set is not valid JSON.</source>
        <translation>El conjunto de claves del emisor no es JSON válido.</translation>
    </message>
    <message>
        <source>The credential does not say which of the issuer&apos;s keys signed it.</source>
        <translation>La credencial no indica cuál de las claves del emisor la firmó.</translation>
    </message>
    <message>
        <source>The issuer does not publish the key that signed this credential.</source>
        <translation>El emisor no publica la clave que firmó esta credencial.</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has no valid position (statusListIndex).</source>
        <translation>La entrada de estado de la credencial no tiene una posición válida (statusListIndex).</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has an unsupported status size (statusSize).</source>
        <translation>La entrada de estado de la credencial tiene un tamaño de estado no admitido (statusSize).</translation>
    </message>
    <message>
        <source>Not suspended: the issuer&apos;s status list shows this credential as active.</source>
        <translation>No suspendida: la lista de estado del emisor muestra esta credencial como activa.</translation>
    </message>
    <message>
        <source>Not revoked: the issuer&apos;s status list shows this credential as valid.</source>
        <translation>No revocada: la lista de estado del emisor muestra esta credencial como válida.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this credential.</source>
        <translation>Revocada: el emisor ha retirado esta credencial.</translation>
    </message>
    <message>
        <source>Suspended: the issuer has put this credential on hold.</source>
        <translation>Suspendida: el emisor ha dejado esta credencial en suspenso.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list marks this credential (%1 status %2).</source>
        <translation>La lista de estado del emisor marca esta credencial (estado de %1: %2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list says: %1</source>
        <translation>La lista de estado del emisor dice: %1</translation>
    </message>
    <message>
        <source>This uses a copy of the status list fetched on %1.</source>
        <translation>Se usa una copia de la lista de estado descargada el %1.</translation>
    </message>
    <message>
        <source>This kind of credential status is not supported.</source>
        <translation>Este tipo de estado de credencial no se admite.</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry does not say what it is for (statusPurpose).</source>
        <translation>La entrada de estado de la credencial no indica para qué sirve (statusPurpose).</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has no valid status list address.</source>
        <translation>La entrada de estado de la credencial no tiene una dirección de lista de estado válida.</translation>
    </message>
    <message>
        <source>The status list is not encoded as the standard requires (multibase base64url).</source>
        <translation>La lista de estado no está codificada como exige el estándar (multibase base64url).</translation>
    </message>
    <message>
        <source>The status list is not valid base64url.</source>
        <translation>La lista de estado no es base64url válido.</translation>
    </message>
    <message>
        <source>The status list could not be decompressed: %1</source>
        <translation>No se pudo descomprimir la lista de estado: %1</translation>
    </message>
    <message>
        <source>The status size is not supported.</source>
        <translation>El tamaño de estado no se admite.</translation>
    </message>
    <message>
        <source>The credential&apos;s position (%1) is beyond the end of the issuer&apos;s status list.</source>
        <translation>La posición de la credencial (%1) está más allá del final de la lista de estado del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is not valid yet.</source>
        <translation>La lista de estado del emisor todavía no es válida.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list has expired, so the status cannot be trusted.</source>
        <translation>La lista de estado del emisor ha caducado, así que no se puede confiar en el estado.</translation>
    </message>
    <message>
        <source>The document at the status list address is not a status list of the expected kind.</source>
        <translation>El documento de la dirección de la lista de estado no es una lista de estado del tipo esperado.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is for a different purpose than the credential&apos;s status entry.</source>
        <translation>La lista de estado del emisor tiene un propósito distinto al de la entrada de estado de la credencial.</translation>
    </message>
    <message>
        <source>No verifier was given for the status list&apos;s signature.</source>
        <translation>No se indicó ningún verificador para la firma de la lista de estado.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list could not be trusted: %1</source>
        <translation>No se pudo confiar en la lista de estado del emisor: %1</translation>
    </message>
    <message>
        <source>Status not checked: %1</source>
        <translation>Estado no comprobado: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is not a JSON credential.</source>
        <translation>La lista de estado del emisor no es una credencial JSON.</translation>
    </message>
    <message>
        <source>This key is not published with did:web.</source>
        <translation>Esta clave no está publicada con did:web.</translation>
    </message>
</context>
<context>
    <name>ler::qr</name>
    <message>
        <source>The image is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <source>No QR code could be read in this image. Try a sharper, larger picture with the whole code in view.</source>
        <translation>No se pudo leer ningún código QR en esta imagen. Pruebe con una imagen más nítida y más grande en la que se vea todo el código.</translation>
    </message>
    <message>
        <source>The file is not an image LER Wallet can read.</source>
        <translation>El archivo no es una imagen que LER Wallet pueda leer.</translation>
    </message>
    <message>
        <source>The image is too large to scan for QR codes.</source>
        <translation>La imagen es demasiado grande para buscar códigos QR en ella.</translation>
    </message>
    <message>
        <source>The image could not be read (%1).</source>
        <translation>No se pudo leer la imagen (%1).</translation>
    </message>
</context>
<context>
    <name>ler::session::WalletSession</name>
    <message>
        <source>The wallet is locked.</source>
        <translation>La billetera está bloqueada.</translation>
    </message>
</context>
<context>
    <name>ler::store</name>
    <message>
        <source>The wallet&apos;s key file is damaged. Restore it from a backup.</source>
        <translation>El archivo de claves de la billetera está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>That recovery code does not open this wallet.</source>
        <translation>Ese código de recuperación no abre esta billetera.</translation>
    </message>
    <message>
        <source>That passphrase does not open this wallet. Check Caps Lock and try again, or use your recovery code.</source>
        <translation>Esa frase de contraseña no abre esta billetera. Revise la tecla Bloq Mayús e inténtelo de nuevo, o use su código de recuperación.</translation>
    </message>
    <message>
        <source>This folder does not hold a LER Wallet.</source>
        <translation>Esta carpeta no contiene una billetera LER Wallet.</translation>
    </message>
    <message>
        <source>This wallet was written by a newer version of LER Wallet. Update the app to open it.</source>
        <translation>Esta billetera fue escrita por una versión más nueva de LER Wallet. Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>No wallet was found in this folder.</source>
        <translation>No se encontró ninguna billetera en esta carpeta.</translation>
    </message>
    <message>
        <source>Could not read the wallet&apos;s key file (%1).</source>
        <translation>No se pudo leer el archivo de claves de la billetera (%1).</translation>
    </message>
    <message>
        <source>Could not save the wallet&apos;s key file (%1). Nothing was changed.</source>
        <translation>No se pudo guardar el archivo de claves de la billetera (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>A recovery code has only the letters A to Z and the digits 0 to 9.</source>
        <translation>Un código de recuperación solo tiene las letras de la A a la Z y los dígitos del 0 al 9.</translation>
    </message>
    <message>
        <source>A recovery code has eight groups of four characters; this one has %1 characters.</source>
        <translation>Un código de recuperación tiene ocho grupos de cuatro caracteres; este tiene %1 caracteres.</translation>
    </message>
    <message>
        <source>This recovery code has a typo. Check each group of four characters against your printed copy.</source>
        <translation>Este código de recuperación tiene un error. Compare cada grupo de cuatro caracteres con su copia impresa.</translation>
    </message>
    <message>
        <source>The wallet&apos;s database settings are not ones this version can read.</source>
        <translation>Esta versión no puede leer los ajustes de la base de datos de la billetera.</translation>
    </message>
    <message>
        <source>The wallet database is missing.</source>
        <translation>Falta la base de datos de la billetera.</translation>
    </message>
    <message>
        <source>A wallet database already exists here.</source>
        <translation>Ya existe aquí una base de datos de billetera.</translation>
    </message>
    <message>
        <source>LER Wallet was built against SQLite without encryption; refusing to store anything.</source>
        <translation>LER Wallet se compiló con SQLite sin cifrado; no guardará nada.</translation>
    </message>
    <message>
        <source>The key does not open this wallet database.</source>
        <translation>La clave no abre esta base de datos de billetera.</translation>
    </message>
    <message>
        <source>The wallet database reported an error (%1).</source>
        <translation>La base de datos de la billetera informó un error (%1).</translation>
    </message>
    <message>
        <source>Choose a passphrase for the wallet.</source>
        <translation>Elija una frase de contraseña para la billetera.</translation>
    </message>
    <message>
        <source>This folder already holds a wallet. Open it instead.</source>
        <translation>Esta carpeta ya contiene una billetera. Ábrala en su lugar.</translation>
    </message>
    <message>
        <source>Could not create the wallet folder.</source>
        <translation>No se pudo crear la carpeta de la billetera.</translation>
    </message>
    <message>
        <source>Could not create the wallet&apos;s key.</source>
        <translation>No se pudo crear la clave de la billetera.</translation>
    </message>
    <message>
        <source>Could not finish creating the wallet database.</source>
        <translation>No se pudo terminar de crear la base de datos de la billetera.</translation>
    </message>
    <message>
        <source>The wallet database does not match its key file.</source>
        <translation>La base de datos de la billetera no corresponde a su archivo de claves.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>Elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>Open the wallet with its recovery code first.</source>
        <translation>Primero abra la billetera con su código de recuperación.</translation>
    </message>
    <message>
        <source>The key file is readable and has a passphrase and a recovery code.</source>
        <translation>El archivo de claves se puede leer y tiene una frase de contraseña y un código de recuperación.</translation>
    </message>
    <message>
        <source>The key file lacks a passphrase or a recovery code.</source>
        <translation>Al archivo de claves le falta la frase de contraseña o el código de recuperación.</translation>
    </message>
    <message>
        <source>Every database page is authentic.</source>
        <translation>Todas las páginas de la base de datos son auténticas.</translation>
    </message>
    <message>
        <source>The database structure is sound.</source>
        <translation>La estructura de la base de datos está en buen estado.</translation>
    </message>
    <message>
        <source>The database structure is damaged.</source>
        <translation>La estructura de la base de datos está dañada.</translation>
    </message>
    <message>
        <source>All links between records are intact.</source>
        <translation>Todos los vínculos entre registros están intactos.</translation>
    </message>
    <message>
        <source>Some links between records are broken.</source>
        <translation>Algunos vínculos entre registros están rotos.</translation>
    </message>
    <message>
        <source>The database is at the current version.</source>
        <translation>La base de datos está en la versión actual.</translation>
    </message>
    <message>
        <source>The database is not at the current version.</source>
        <translation>La base de datos no está en la versión actual.</translation>
    </message>
    <message>
        <source>Every stored credential matches its recorded fingerprint.</source>
        <translation>Cada credencial guardada coincide con su huella registrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored credential(s) do not match their recorded fingerprint.</source>
        <translation>
            <numerusform>%n credencial guardada no coincide con su huella registrada.</numerusform>
            <numerusform>%n credenciales guardadas no coinciden con su huella registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an auto-lock time from 1 to 240 minutes.</source>
        <translation>Elija un tiempo de bloqueo automático de 1 a 240 minutos.</translation>
    </message>
    <message>
        <source>No credential with the id %1 is in this wallet.</source>
        <translation>No hay ninguna credencial con el id %1 en esta billetera.</translation>
    </message>
    <message>
        <source>The credential&apos;s content does not match its fingerprint, so it was not stored.</source>
        <translation>El contenido de la credencial no coincide con su huella, así que no se guardó.</translation>
    </message>
    <message>
        <source>nothing to verify</source>
        <translation>nada que verificar</translation>
    </message>
    <message>
        <source>This credential is already in your wallet.</source>
        <translation>Esta credencial ya está en su billetera.</translation>
    </message>
    <message>
        <source>A different version of this credential is already in your wallet. Import it again choosing to replace the stored one to update it.</source>
        <translation>Ya hay otra versión de esta credencial en su billetera. Para actualizarla, vuelva a importarla y elija reemplazar la guardada.</translation>
    </message>
    <message>
        <source>The stored record of this credential cannot be read.</source>
        <translation>No se puede leer el registro guardado de esta credencial.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your wallet</source>
        <translation>
            <numerusform>%n ya estaba en su billetera</numerusform>
            <numerusform>%n ya estaban en su billetera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an update available</source>
        <translation>
            <numerusform>%n con una actualización disponible</numerusform>
            <numerusform>%n con una actualización disponible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n no se pudo importar</numerusform>
            <numerusform>%n no se pudieron importar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The import was stopped after %1 of %2 inputs; what was imported before that is kept.</source>
        <translation>La importación se detuvo después de %1 de %2 entradas; se conserva lo que se importó hasta entonces.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB, too large to import.</source>
        <translation>La entrada ocupa más de %1 MiB, demasiado para importarla.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message numerus="yes">
        <source>%n database page(s) failed their authentication check.</source>
        <translation>
            <numerusform>%n página de la base de datos no superó su comprobación de autenticidad.</numerusform>
            <numerusform>%n páginas de la base de datos no superaron su comprobación de autenticidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificada</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>verificada en parte</translation>
    </message>
</context>
<context>
    <name>ler::ui::ChangePassphraseDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation>Poner una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>You opened the wallet with your recovery code. Choose a new passphrase; the old one will stop working.</source>
        <translation>Abrió la billetera con su código de recuperación. Elija una nueva frase de contraseña; la anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>Your records stay as they are; only the passphrase that unlocks them changes. Your recovery code keeps working.</source>
        <translation>Sus registros quedan igual; solo cambia la frase de contraseña que los desbloquea. Su código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>Changing the passphrase...</source>
        <translation>Cambiando la frase de contraseña...</translation>
    </message>
</context>
<context>
    <name>ler::ui::CreateWalletDialog</name>
    <message>
        <source>Create a wallet</source>
        <translation>Crear una billetera</translation>
    </message>
    <message>
        <source>Your wallet keeps your badges, transcripts and other records encrypted on this computer. Choose a passphrase to lock it. You will need it every time you open the wallet.</source>
        <translation>Su billetera guarda cifrados en esta computadora sus insignias, certificados de estudios y otros registros. Elija una frase de contraseña para protegerla. La necesitará cada vez que abra la billetera.</translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la billetera: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Create wallet</source>
        <translation>&amp;Crear billetera</translation>
    </message>
    <message>
        <source>Creating your wallet. Making the key strong takes a few seconds...</source>
        <translation>Creando su billetera. Hacer que la clave sea fuerte tarda unos segundos...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your recovery code&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Su código de recuperación&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your wallet. Write it down or print it now, and keep it away from this computer. It will not be shown again.</source>
        <translation>Si olvida su frase de contraseña, este código es la única forma de volver a entrar en su billetera. Anótelo o imprímalo ahora y guárdelo lejos de esta computadora. No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>I have written down or printed my recovery code</source>
        <translation>Ya anoté o imprimí mi código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Open my wallet</source>
        <translation>&amp;Abrir mi billetera</translation>
    </message>
</context>
<context>
    <name>ler::ui::EntryDialog</name>
    <message>
        <source>Add your own entry</source>
        <translation>Añadir una entrada propia</translation>
    </message>
    <message>
        <source>e.g. Warehouse associate</source>
        <translation>p. ej., Auxiliar de almacén</translation>
    </message>
    <message>
        <source>e.g. Riverside Logistics</source>
        <translation>p. ej., Riverside Logistics</translation>
    </message>
    <message>
        <source>2024-05-31, 2024-05 or 2024</source>
        <translation>2024-05-31, 2024-05 o 2024</translation>
    </message>
    <message>
        <source>Entries you add yourself are marked as self-asserted wherever they appear, so employers know no one else has vouched for them.</source>
        <translation>Las entradas que añade usted se marcan como declaradas por usted dondequiera que aparezcan, para que los empleadores sepan que nadie más las ha avalado.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>Fecha de &amp;fin:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>E&amp;nlace:</translation>
    </message>
    <message>
        <source>Write dates like 2024-05-31, 2024-05 or 2024.</source>
        <translation>Escriba las fechas así: 2024-05-31, 2024-05 o 2024.</translation>
    </message>
</context>
<context>
    <name>ler::ui::ImportController</name>
    <message>
        <source>No credential files were found in %1.</source>
        <translation>No se encontraron archivos de credenciales en %1.</translation>
    </message>
    <message>
        <source>There is no text to import. Copy a credential (JSON, JWT or SD-JWT) first.</source>
        <translation>No hay texto para importar. Primero copie una credencial (JSON, JWT o SD-JWT).</translation>
    </message>
    <message>
        <source>That is not a web address. It should start with https://</source>
        <translation>Eso no es una dirección web. Debe empezar por https://</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ler::ui::ImportResultDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already in your wallet</source>
        <translation>Ya estaba en su billetera</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión más nueva</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>With %n credential(s) inside.</source>
        <translation>
            <numerusform>Con %n credencial incluida.</numerusform>
            <numerusform>Con %n credenciales incluidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the newer versions</source>
        <translation>Usar las versiones más nuevas</translation>
    </message>
</context>
<context>
    <name>ler::ui::MainWindow</name>
    <message>
        <source>LER Wallet</source>
        <translation>LER Wallet</translation>
    </message>
    <message>
        <source>Locked after a period of inactivity.</source>
        <translation>Bloqueada tras un periodo de inactividad.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New wallet in a folder...</source>
        <translation>&amp;Nueva billetera en una carpeta...</translation>
    </message>
    <message>
        <source>&amp;Open wallet folder...</source>
        <translation>&amp;Abrir carpeta de billetera...</translation>
    </message>
    <message>
        <source>&amp;Lock wallet</source>
        <translation>&amp;Bloquear billetera</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Billetera</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Cambiar la &amp;frase de contraseña...</translation>
    </message>
    <message>
        <source>New &amp;recovery code...</source>
        <translation>Nuevo código de &amp;recuperación...</translation>
    </message>
    <message>
        <source>&amp;Check wallet integrity</source>
        <translation>&amp;Comprobar la integridad de la billetera</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Ajustes...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About LER Wallet</source>
        <translation>&amp;Acerca de LER Wallet</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Open a wallet folder</source>
        <translation>Abrir una carpeta de billetera</translation>
    </message>
    <message>
        <source>No wallet here</source>
        <translation>Aquí no hay billetera</translation>
    </message>
    <message>
        <source>There is no wallet in %1. Create a new wallet in this folder?</source>
        <translation>No hay ninguna billetera en %1. ¿Crear una nueva billetera en esta carpeta?</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new wallet</source>
        <translation>Elija una carpeta vacía para la nueva billetera</translation>
    </message>
    <message>
        <source>A wallet is already here</source>
        <translation>Ya hay una billetera aquí</translation>
    </message>
    <message>
        <source>%1 already holds a wallet. Open it instead.</source>
        <translation>%1 ya contiene una billetera. Ábrala en su lugar.</translation>
    </message>
    <message>
        <source>Opened with your recovery code</source>
        <translation>Abierta con su código de recuperación</translation>
    </message>
    <message>
        <source>Choose a new passphrase now, so you can open the wallet next time.</source>
        <translation>Elija ahora una nueva frase de contraseña para poder abrir la billetera la próxima vez.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old one stops working at once. You will see the new code once.</source>
        <translation>¿Crear un nuevo código de recuperación? El anterior deja de funcionar de inmediato. Verá el código nuevo una sola vez.</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Write it down or print it now; it will not be shown again.

%1</source>
        <translation>Anótelo o imprímalo ahora; no se volverá a mostrar.

%1</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <source>Checking the wallet...</source>
        <translation>Comprobando la billetera...</translation>
    </message>
    <message>
        <source>Wallet check</source>
        <translation>Comprobación de la billetera</translation>
    </message>
    <message>
        <source>Your wallet is intact.</source>
        <translation>Su billetera está intacta.</translation>
    </message>
    <message>
        <source>Your wallet has problems. Restore it from a backup if you have one.</source>
        <translation>Su billetera tiene problemas. Restáurela desde una copia de seguridad si tiene una.</translation>
    </message>
    <message>
        <source>About LER Wallet</source>
        <translation>Acerca de LER Wallet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LER Wallet %1&lt;/h3&gt;&lt;p&gt;Keeps your Learning and Employment Record (badges, transcripts, certificates and work history) encrypted on this computer, checks that credentials are genuine, and shares only what you choose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LER Wallet %1&lt;/h3&gt;&lt;p&gt;Guarda cifrado en esta computadora su registro de aprendizaje y empleo (insignias, certificados de estudios, certificaciones e historial laboral), comprueba que las credenciales son auténticas y comparte solo lo que usted elija.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import files...</source>
        <translation>&amp;Importar archivos...</translation>
    </message>
    <message>
        <source>Import a &amp;folder...</source>
        <translation>Importar una &amp;carpeta...</translation>
    </message>
    <message>
        <source>Import from a &amp;QR code image...</source>
        <translation>Importar desde una imagen con código &amp;QR...</translation>
    </message>
    <message>
        <source>Import from a &amp;web address...</source>
        <translation>Importar desde una dirección &amp;web...</translation>
    </message>
    <message>
        <source>&amp;Paste a credential</source>
        <translation>Pe&amp;gar una credencial</translation>
    </message>
    <message>
        <source>Add your own &amp;entry...</source>
        <translation>Añadir una &amp;entrada propia...</translation>
    </message>
    <message>
        <source>&amp;Delete the selected record...</source>
        <translation>E&amp;liminar el registro seleccionado...</translation>
    </message>
    <message>
        <source>Import credentials</source>
        <translation>Importar credenciales</translation>
    </message>
    <message>
        <source>Credentials (*.json *.jsonld *.jwt *.txt *.png *.svg *.xml *.csv);;All files (*)</source>
        <translation>Credenciales (*.json *.jsonld *.jwt *.txt *.png *.svg *.xml *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import every credential in a folder</source>
        <translation>Importar todas las credenciales de una carpeta</translation>
    </message>
    <message>
        <source>Import from a QR code image</source>
        <translation>Importar desde una imagen con código QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Import from a web address</source>
        <translation>Importar desde una dirección web</translation>
    </message>
    <message>
        <source>The web address of a hosted badge (https://...):</source>
        <translation>La dirección web de una insignia publicada en internet (https://...):</translation>
    </message>
    <message>
        <source>Add your own entry</source>
        <translation>Añadir una entrada propia</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; as a self-asserted entry.</source>
        <translation>Se añadió &quot;%1&quot; como entrada declarada por usted.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your wallet? Credentials inside it go too. This cannot be undone.</source>
        <translation>¿Eliminar &quot;%1&quot; de su billetera? También se eliminarán las credenciales que contiene. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Check &amp;all records again</source>
        <translation>Volver a comprobar &amp;todos los registros</translation>
    </message>
    <message>
        <source>&amp;Trusted issuers and your identifiers...</source>
        <translation>E&amp;misores de confianza y sus identificadores...</translation>
    </message>
</context>
<context>
    <name>ler::ui::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation>Débil: fácil de adivinar. Añada más palabras o caracteres.</translation>
    </message>
    <message>
        <source>Fair. A longer passphrase would be safer.</source>
        <translation>Aceptable. Una frase más larga sería más segura.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muy fuerte.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordDetailView</name>
    <message>
        <source>Pick a record to see it in full.</source>
        <translation>Elija un registro para verlo completo.</translation>
    </message>
    <message>
        <source>You entered this yourself; no one else has vouched for it.</source>
        <translation>Esto lo escribió usted; nadie más lo ha avalado.</translation>
    </message>
    <message>
        <source>This record carries no signature, so it cannot be checked.</source>
        <translation>Este registro no tiene firma, así que no se puede comprobar.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Issuer id</source>
        <translation>Id del emisor</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>GPA</source>
        <translation>Promedio (GPA)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Degrees and awards</source>
        <translation>Títulos y distinciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado desde</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to check it now.</source>
        <translation>Use &quot;Volver a comprobar&quot; para comprobarlo ahora.</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Verificada en parte</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificada</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Comprobación del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) inside were checked too; select them in the list to see their checks.</source>
        <translation>
            <numerusform>También se comprobó %n credencial incluida; selecciónela en la lista para ver sus comprobaciones.</numerusform>
            <numerusform>También se comprobaron %n credenciales incluidas; selecciónelas en la lista para ver sus comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some details were not downloaded, because the network was off or the issuer could not be reached:</source>
        <translation>Algunos detalles no se descargaron porque la red estaba desactivada o no se pudo conectar con el emisor:</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordListModel</name>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>You entered this yourself; no one else has vouched for it.</source>
        <translation>Esto lo escribió usted; nadie más lo ha avalado.</translation>
    </message>
    <message>
        <source>%1 (self-asserted)</source>
        <translation>%1 (declarado por usted)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobación</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecoveryCodeSheet</name>
    <message>
        <source>LER Wallet recovery code</source>
        <translation>Código de recuperación de LER Wallet</translation>
    </message>
    <message>
        <source>This code opens your wallet if you forget your passphrase.</source>
        <translation>Este código abre su billetera si olvida su frase de contraseña.</translation>
    </message>
    <message>
        <source>Keep this sheet somewhere safe:</source>
        <translation>Guarde esta hoja en un lugar seguro:</translation>
    </message>
    <message>
        <source>Anyone who has this code and your computer can open your wallet.</source>
        <translation>Cualquiera que tenga este código y su computadora puede abrir su billetera.</translation>
    </message>
    <message>
        <source>Do not store it on the same computer as the wallet.</source>
        <translation>No lo guarde en la misma computadora que la billetera.</translation>
    </message>
    <message>
        <source>Letters and digits are easy to confuse: O is always zero, I and L are always one.</source>
        <translation>Es fácil confundir letras y dígitos: la O siempre es cero; la I y la L siempre son uno.</translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la billetera: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
</context>
<context>
    <name>ler::ui::SettingsDialog</name>
    <message>
        <source>Allow LER Wallet to go online to check credentials</source>
        <translation>Permitir que LER Wallet se conecte a internet para comprobar credenciales</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Lock the wallet after I have been away for:</source>
        <translation>Bloquear la billetera cuando me ausente durante:</translation>
    </message>
    <message>
        <source>When this is off, nothing is fetched from the internet. Checks that need it are shown as not done.</source>
        <translation>Si está desactivado, no se descarga nada de internet. Las comprobaciones que lo necesitan se muestran como no realizadas.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time LER Wallet starts.</source>
        <translation>El nuevo idioma se usa la próxima vez que se inicie LER Wallet.</translation>
    </message>
</context>
<context>
    <name>ler::ui::TrustDialog</name>
    <message>
        <source>Trusted issuers and your identifiers</source>
        <translation>Emisores de confianza y sus identificadores</translation>
    </message>
    <message>
        <source>Your e-mail addresses and DIDs</source>
        <translation>Sus direcciones de correo electrónico y DID</translation>
    </message>
    <message>
        <source>Badges are often issued to an e-mail address. Add the ones you use so LER Wallet can tell you when a badge was issued to you.</source>
        <translation>Las insignias suelen emitirse a una dirección de correo electrónico. Añada las que usa para que LER Wallet pueda indicarle cuándo se emitió una insignia a su nombre.</translation>
    </message>
    <message>
        <source>alex@example.org or did:key:...</source>
        <translation>alex@example.org o did:key:...</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Issuers you trust</source>
        <translation>Emisores en los que confía</translation>
    </message>
    <message>
        <source>Some issuers&apos; keys cannot be looked up, for example while offline. If you got an issuer&apos;s key file (JWKS or DID document) from the issuer itself, add it here and their credentials can be checked.</source>
        <translation>Las claves de algunos emisores no se pueden consultar, por ejemplo cuando está sin conexión. Si el propio emisor le dio su archivo de claves (JWKS o documento DID), añádalo aquí para poder comprobar sus credenciales.</translation>
    </message>
    <message>
        <source>Add a key &amp;file...</source>
        <translation>Añadir un archivo de &amp;claves...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Issuer key file</source>
        <translation>Archivo de claves del emisor</translation>
    </message>
    <message>
        <source>Key files (*.json *.jwks *.jsonld);;All files (*)</source>
        <translation>Archivos de claves (*.json *.jwks *.jsonld);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (se añadió el %2)</translation>
    </message>
    <message>
        <source>The key file could not be read, or it is too large.</source>
        <translation>No se pudo leer el archivo de claves o es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>ler::ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your wallet is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Su billetera está bloqueada&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Open another wallet...</source>
        <translation>Abrir otra billetera...</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery code</source>
        <translation>¿Olvidó su frase de contraseña? Use su código de recuperación</translation>
    </message>
    <message>
        <source>Use your passphrase instead</source>
        <translation>Usar su frase de contraseña</translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la billetera: %1</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Escriba su código de recuperación.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking...</source>
        <translation>Desbloqueando...</translation>
    </message>
</context>
<context>
    <name>ler::ui::VerifyController</name>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Checking your records...</source>
        <translation>Comprobando sus registros...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check all records</source>
        <translation>Comprobar todos los registros</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n record(s); their results are kept.</source>
        <translation>
            <numerusform>Se detuvo después de %n registro; se conserva su resultado.</numerusform>
            <numerusform>Se detuvo después de %n registros; se conservan sus resultados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ler::ui::WalletPage</name>
    <message>
        <source>&lt;h1&gt;Your Learning and Employment Record&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Su registro de aprendizaje y empleo&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&amp;Lock wallet</source>
        <translation>&amp;Bloquear billetera</translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la billetera: %1</translation>
    </message>
    <message>
        <source>Search titles, issuers, skills...</source>
        <translation>Buscar títulos, emisores, habilidades...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importar...</translation>
    </message>
    <message>
        <source>Add &amp;entry...</source>
        <translation>Añadir &amp;entrada...</translation>
    </message>
    <message>
        <source>Your wallet is empty.

Import badges, transcripts and certificates with Import..., drop files onto this window, or paste a credential with Ctrl+Shift+V. Add your own work history with Add entry...</source>
        <translation>Su billetera está vacía.

Importe insignias, certificados de estudios y certificaciones con Importar..., arrastre archivos a esta ventana o pegue una credencial con Ctrl+Mayús+V. Añada su propio historial laboral con Añadir entrada...</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in your wallet.</source>
        <translation>
            <numerusform>%n registro en su billetera.</numerusform>
            <numerusform>%n registros en su billetera.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Volver a &amp;comprobar</translation>
    </message>
    <message>
        <source>Check the selected record&apos;s signature, issuer, dates and status now.</source>
        <translation>Comprobar ahora la firma, el emisor, las fechas y el estado del registro seleccionado.</translation>
    </message>
</context>
<context>
    <name>ler::ui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to LER Wallet&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a LER Wallet&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Keep your badges, transcripts, certificates and work history in one private place, check that they are genuine, and share just what you choose with employers and schools.</source>
        <translation>Guarde sus insignias, certificados de estudios, certificaciones e historial laboral en un lugar privado, compruebe que son auténticos y comparta solo lo que elija con empleadores y escuelas.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>&amp;Crear una billetera nueva</translation>
    </message>
    <message>
        <source>&amp;Open a wallet folder...</source>
        <translation>&amp;Abrir una carpeta de billetera...</translation>
    </message>
</context>
<context>
    <name>ler::verify</name>
    <message>
        <source>Not verified: %1</source>
        <translation>No verificada: %1</translation>
    </message>
    <message>
        <source>Not verified: credential %1 inside it failed: %2</source>
        <translation>No verificada: falló la credencial %1 que contiene: %2</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>No verificada.</translation>
    </message>
    <message>
        <source>Not verified: this record carries no signature.</source>
        <translation>No verificado: este registro no lleva firma.</translation>
    </message>
    <message>
        <source>Partly verified: the signature is valid, but one check could not be done. %1</source>
        <translation>Verificada en parte: la firma es válida, pero no se pudo hacer una comprobación. %1</translation>
    </message>
    <message>
        <source>Partly verified: a credential inside it could not be fully checked.</source>
        <translation>Verificada en parte: una credencial que contiene no se pudo comprobar del todo.</translation>
    </message>
    <message>
        <source>Verified: the signature is valid and every check passed.</source>
        <translation>Verificada: la firma es válida y todas las comprobaciones se superaron.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the signature is valid and every check passed, also for the %n credential(s) inside it.</source>
        <translation>
            <numerusform>Verificada: la firma es válida y todas las comprobaciones se superaron, también para la %n credencial que contiene.</numerusform>
            <numerusform>Verificada: la firma es válida y todas las comprobaciones se superaron, también para las %n credenciales que contiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>A validity date of the credential is not a valid date.</source>
        <translation>Una fecha de validez de la credencial no es una fecha válida.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>Aún no es válida: es válida desde el %1.</translation>
    </message>
    <message>
        <source>The credential says it was issued in the future (%1).</source>
        <translation>La credencial dice que se emitió en el futuro (%1).</translation>
    </message>
    <message>
        <source>Valid now; expires on %1.</source>
        <translation>Válida ahora; caduca el %1.</translation>
    </message>
    <message>
        <source>Valid now; it has no expiry date.</source>
        <translation>Válida ahora; no tiene fecha de caducidad.</translation>
    </message>
    <message>
        <source>Not checked: none of your email addresses or DIDs were given.</source>
        <translation>No comprobado: no se indicó ninguna de sus direcciones de correo ni DID.</translation>
    </message>
    <message>
        <source>Not checked: the credential does not say who it was issued to.</source>
        <translation>No comprobado: la credencial no dice a quién se emitió.</translation>
    </message>
    <message>
        <source>Issued to you (%1).</source>
        <translation>Emitida a usted (%1).</translation>
    </message>
    <message>
        <source>Issued to someone else: none of your email addresses or DIDs match the recipient.</source>
        <translation>Emitida a otra persona: ninguna de sus direcciones de correo ni DID coincide con el destinatario.</translation>
    </message>
    <message>
        <source>The trusted keys file has an entry that cannot be used: %1</source>
        <translation>El archivo de claves de confianza tiene una entrada que no se puede usar: %1</translation>
    </message>
    <message>
        <source>The trusted keys file is not valid JSON: %1</source>
        <translation>El archivo de claves de confianza no es JSON válido: %1</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>una entrada no es un objeto JSON</translation>
    </message>
    <message>
        <source>it is neither a key set nor a DID document</source>
        <translation>no es ni un conjunto de claves ni un documento DID</translation>
    </message>
    <message>
        <source>a key needs a &quot;kid&quot; that is a full key id, or the file needs an &quot;issuer&quot;</source>
        <translation>una clave necesita un &quot;kid&quot; que sea un id de clave completo, o el archivo necesita un &quot;issuer&quot;</translation>
    </message>
    <message>
        <source>The key %1 is not among the trusted keys.</source>
        <translation>La clave %1 no está entre las claves de confianza.</translation>
    </message>
    <message>
        <source>Not checked: you are offline.</source>
        <translation>No comprobado: está sin conexión.</translation>
    </message>
    <message>
        <source>from a copy saved on %1</source>
        <translation>de una copia guardada el %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s web site does not list the key %1.</source>
        <translation>El sitio web del emisor no incluye la clave %1.</translation>
    </message>
    <message>
        <source>The issuer %1 cannot be looked up.</source>
        <translation>No se puede consultar al emisor %1.</translation>
    </message>
    <message>
        <source>The issuer does not publish the key that signed this credential.</source>
        <translation>El emisor no publica la clave que firmó esta credencial.</translation>
    </message>
    <message>
        <source>The credential names %1 as its issuer, but it was signed with a key of %2.</source>
        <translation>La credencial nombra a %1 como su emisor, pero se firmó con una clave de %2.</translation>
    </message>
    <message>
        <source>Not checked: nothing ties the signing key (%1) to the issuer named in the credential (%2).</source>
        <translation>No comprobado: nada vincula la clave de firma (%1) con el emisor que nombra la credencial (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is part of its identifier %1, so no lookup was needed.</source>
        <translation>La clave del emisor forma parte de su identificador %1, así que no hizo falta consultarla.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key was fetched from its web site (%1) %2.</source>
        <translation>La clave del emisor se obtuvo de su sitio web (%1) %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is one you added as trusted (%1).</source>
        <translation>La clave del emisor es una que usted añadió como de confianza (%1).</translation>
    </message>
    <message>
        <source>The issuer&apos;s key was fetched from the keys %1 publishes %2.</source>
        <translation>La clave del emisor se obtuvo de las claves que publica %1 %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be found: add it as a trusted key to check it.</source>
        <translation>No se encontró la clave del emisor: añádala como clave de confianza para comprobarla.</translation>
    </message>
    <message>
        <source>The token&apos;s issuer (iss) and the issuer inside the credential are different.</source>
        <translation>El emisor del token (iss) y el emisor dentro de la credencial son distintos.</translation>
    </message>
    <message>
        <source>The token holds no verifiable credential or presentation.</source>
        <translation>El token no contiene ninguna credencial ni presentación verificable.</translation>
    </message>
    <message>
        <source>The credential does not start with the W3C credentials context, as the standard requires.</source>
        <translation>La credencial no empieza por el contexto de credenciales del W3C, como exige el estándar.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Leída como %1.</translation>
    </message>
    <message>
        <source>a Verifiable Presentation</source>
        <translation>una presentación verificable</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>No se pudo comprobar la firma.</translation>
    </message>
    <message>
        <source>%1. Another proof on it could not be checked.</source>
        <translation>%1. Otra prueba que lleva no se pudo comprobar.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or it was not signed by this issuer.</source>
        <translation>La firma no coincide: la credencial se modificó después de firmarse, o no la firmó este emisor.</translation>
    </message>
    <message>
        <source>The credential uses a vocabulary (context) LER Wallet does not know, so it cannot be verified.</source>
        <translation>La credencial usa un vocabulario (contexto) que LER Wallet no conoce, así que no se puede verificar.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s).</source>
        <translation>
            <numerusform>Se leyó %n registro.</numerusform>
            <numerusform>Se leyeron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1; this format carries no signature.</source>
        <translation>Leído como %1; este formato no lleva firma.</translation>
    </message>
    <message>
        <source>Not verified yet: you are offline, and checking the signature needs the network.</source>
        <translation>Aún no verificada: está sin conexión, y comprobar la firma necesita la red.</translation>
    </message>
    <message>
        <source>Partly verified: the signature is valid, but some checks need the network and you are offline.</source>
        <translation>Verificada en parte: la firma es válida, pero algunas comprobaciones necesitan la red y está sin conexión.</translation>
    </message>
    <message>
        <source>The status list carries no signature.</source>
        <translation>La lista de estado no lleva firma.</translation>
    </message>
    <message>
        <source>Not checked: the issuer uses a kind of revocation check LER Wallet does not support.</source>
        <translation>No comprobado: el emisor usa un tipo de comprobación de revocación que LER Wallet no admite.</translation>
    </message>
    <message>
        <source>Not revoked or suspended (checked on %1).</source>
        <translation>No revocada ni suspendida (comprobado el %1).</translation>
    </message>
    <message>
        <source>Not checked: no challenge or domain was given, so this could be a replayed presentation.</source>
        <translation>No comprobado: no se indicó desafío ni dominio, así que podría ser una presentación repetida.</translation>
    </message>
    <message>
        <source>Signature valid: signed by %1</source>
        <translation>Firma válida: firmada por %1</translation>
    </message>
    <message>
        <source>The signature is damaged or uses an algorithm that does not fit the key.</source>
        <translation>La firma está dañada o usa un algoritmo que no corresponde a la clave.</translation>
    </message>
    <message>
        <source>Not checked: you are offline and the issuer&apos;s key must be fetched.</source>
        <translation>No comprobado: está sin conexión y hay que obtener la clave del emisor.</translation>
    </message>
    <message>
        <source>The signature cannot be checked without the issuer&apos;s key.</source>
        <translation>La firma no se puede comprobar sin la clave del emisor.</translation>
    </message>
    <message>
        <source>Read as a VC-JWT.</source>
        <translation>Leída como VC-JWT.</translation>
    </message>
    <message>
        <source>A presentation cannot hold another presentation.</source>
        <translation>Una presentación no puede contener otra presentación.</translation>
    </message>
    <message>
        <source>Read as a VC-JOSE token (VC Data Model 2.0).</source>
        <translation>Leída como token VC-JOSE (VC Data Model 2.0).</translation>
    </message>
    <message>
        <source>Read as a VC-JWT (VC Data Model 1.1).</source>
        <translation>Leída como VC-JWT (VC Data Model 1.1).</translation>
    </message>
    <message>
        <source>The presentation was made for another challenge: it may be a replay of an older one.</source>
        <translation>La presentación se hizo para otro desafío: puede ser la repetición de una anterior.</translation>
    </message>
    <message>
        <source>The presentation was made for another site or service, not for %1.</source>
        <translation>La presentación se hizo para otro sitio o servicio, no para %1.</translation>
    </message>
    <message>
        <source>The presentation answers the expected challenge.</source>
        <translation>La presentación responde al desafío esperado.</translation>
    </message>
    <message numerus="yes">
        <source>Read as an SD-JWT credential with %n disclosure(s).</source>
        <translation>
            <numerusform>Leída como credencial SD-JWT con %n dato revelado.</numerusform>
            <numerusform>Leída como credencial SD-JWT con %n datos revelados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disclosed claims do not match what the issuer signed.</source>
        <translation>Los datos revelados no coinciden con lo que firmó el emisor.</translation>
    </message>
    <message>
        <source>Every disclosed claim matches what the issuer signed.</source>
        <translation>Todos los datos revelados coinciden con lo que firmó el emisor.</translation>
    </message>
    <message>
        <source>The presentation has no key binding, so it cannot answer the challenge.</source>
        <translation>La presentación no tiene vinculación de clave, así que no puede responder al desafío.</translation>
    </message>
    <message>
        <source>The holder&apos;s key binding does not hold: %1</source>
        <translation>La vinculación de clave del titular no es válida: %1</translation>
    </message>
    <message>
        <source>The holder&apos;s signature is valid, but no challenge was given to compare it with.</source>
        <translation>La firma del titular es válida, pero no se indicó ningún desafío con el que compararla.</translation>
    </message>
    <message>
        <source>Presented by the holder, for the expected challenge.</source>
        <translation>Presentada por el titular, para el desafío esperado.</translation>
    </message>
    <message>
        <source>Read as a signed Open Badges 2.0 badge.</source>
        <translation>Leída como insignia Open Badges 2.0 firmada.</translation>
    </message>
    <message>
        <source>Read as a hosted Open Badges 2.0 badge.</source>
        <translation>Leída como insignia Open Badges 2.0 alojada.</translation>
    </message>
    <message>
        <source>The issuer&apos;s web site holds the same badge.</source>
        <translation>El sitio web del emisor tiene la misma insignia.</translation>
    </message>
    <message>
        <source>Checked with the issuer&apos;s web site %1 %2.</source>
        <translation>Comprobada con el sitio web del emisor %1 %2.</translation>
    </message>
    <message>
        <source>The issuer has not revoked it.</source>
        <translation>El emisor no la ha revocado.</translation>
    </message>
    <message>
        <source>Read as an SD-JWT, but it is not marked as an SD-JWT VC credential (its type is &quot;%1&quot;).</source>
        <translation>Leída como SD-JWT, pero no está marcada como credencial SD-JWT VC (su tipo es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The signature cannot be checked: the signed document is incomplete.</source>
        <translation>No se puede comprobar la firma: el documento firmado está incompleto.</translation>
    </message>
    <message>
        <source>The signature cannot be checked without the signing key.</source>
        <translation>No se puede comprobar la firma sin la clave de firma.</translation>
    </message>
    <message>
        <source>The proof does not name its signing key (verificationMethod).</source>
        <translation>La prueba no indica su clave de firma (verificationMethod).</translation>
    </message>
    <message>
        <source>The proof&apos;s signing key %1 is not named by a DID or web address.</source>
        <translation>La clave de firma %1 de la prueba no se indica con un DID ni con una dirección web.</translation>
    </message>
    <message>
        <source>The signing key %1 was not found or is not valid.</source>
        <translation>La clave de firma %1 no se encontró o no es válida.</translation>
    </message>
    <message>
        <source>The key %1 is a %2 key, but this proof needs an Ed25519 key.</source>
        <translation>La clave %1 es una clave %2, pero esta prueba necesita una clave Ed25519.</translation>
    </message>
    <message>
        <source>Signing key found: %1</source>
        <translation>Clave de firma encontrada: %1</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be looked up offline.</source>
        <translation>La clave de firma %1 no se puede buscar sin conexión.</translation>
    </message>
    <message>
        <source>The signing key %1 could not be downloaded.</source>
        <translation>No se pudo descargar la clave de firma %1.</translation>
    </message>
    <message>
        <source>The signing key %1 is not valid.</source>
        <translation>La clave de firma %1 no es válida.</translation>
    </message>
    <message>
        <source>The proof does not say what it is for (proofPurpose).</source>
        <translation>La prueba no indica para qué sirve (proofPurpose).</translation>
    </message>
    <message>
        <source>The proof was made for &quot;%1&quot;, but &quot;%2&quot; is needed here.</source>
        <translation>La prueba se hizo para &quot;%1&quot;, pero aquí se necesita &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key&apos;s owner does not allow it to be used for &quot;%1&quot;.</source>
        <translation>El propietario de la clave no permite usarla para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key is allowed for &quot;%1&quot;.</source>
        <translation>La clave está permitida para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The proof&apos;s creation date is not a valid date.</source>
        <translation>La fecha de creación de la prueba no es una fecha válida.</translation>
    </message>
    <message>
        <source>The proof claims to be made in the future (%1).</source>
        <translation>La prueba dice haberse hecho en el futuro (%1).</translation>
    </message>
    <message>
        <source>Signed on %1.</source>
        <translation>Firmada el %1.</translation>
    </message>
    <message>
        <source>The proof&apos;s expiry date is not a valid date.</source>
        <translation>La fecha de caducidad de la prueba no es una fecha válida.</translation>
    </message>
    <message>
        <source>The proof expired on %1.</source>
        <translation>La prueba caducó el %1.</translation>
    </message>
    <message>
        <source>The proof is valid until %1.</source>
        <translation>La prueba es válida hasta el %1.</translation>
    </message>
    <message>
        <source>The proof answers the expected challenge.</source>
        <translation>La prueba responde al desafío esperado.</translation>
    </message>
    <message>
        <source>The proof was made for another challenge: it may be a replay of an older presentation.</source>
        <translation>La prueba se hizo para otro desafío: puede ser la repetición de una presentación anterior.</translation>
    </message>
    <message>
        <source>The proof is meant for %1.</source>
        <translation>La prueba está destinada a %1.</translation>
    </message>
    <message>
        <source>The proof was made for another site or service, not for %1.</source>
        <translation>La prueba se hizo para otro sitio o servicio, no para %1.</translation>
    </message>
    <message>
        <source>The earlier proofs this proof builds on are present.</source>
        <translation>Están presentes las pruebas anteriores en las que se basa esta prueba.</translation>
    </message>
    <message>
        <source>The proof&apos;s contexts do not match the document&apos;s.</source>
        <translation>Los contextos de la prueba no coinciden con los del documento.</translation>
    </message>
    <message>
        <source>Unknown context %1: cannot check offline</source>
        <translation>Contexto desconocido %1: no se puede comprobar sin conexión</translation>
    </message>
    <message>
        <source>The signature cannot be checked without the document&apos;s contexts.</source>
        <translation>No se puede comprobar la firma sin los contextos del documento.</translation>
    </message>
    <message>
        <source>The signature cannot be checked: the document could not be read.</source>
        <translation>No se puede comprobar la firma: no se pudo leer el documento.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed</source>
        <translation>La firma no coincide: la credencial se modificó después de firmarse</translation>
    </message>
    <message>
        <source>The signature is damaged and cannot be checked.</source>
        <translation>La firma está dañada y no se puede comprobar.</translation>
    </message>
    <message>
        <source>A context the document uses is unknown: cannot check offline</source>
        <translation>El documento usa un contexto desconocido: no se puede comprobar sin conexión</translation>
    </message>
    <message>
        <source>The document is too complex to check safely.</source>
        <translation>El documento es demasiado complejo para comprobarlo de forma segura.</translation>
    </message>
    <message>
        <source>The document is not valid JSON-LD.</source>
        <translation>El documento no es JSON-LD válido.</translation>
    </message>
    <message>
        <source>The proof value is missing or not in base58btc multibase form.</source>
        <translation>Falta el valor de la prueba o no está en formato multibase base58btc.</translation>
    </message>
    <message>
        <source>The proof value is not a 64-byte Ed25519 signature.</source>
        <translation>El valor de la prueba no es una firma Ed25519 de 64 bytes.</translation>
    </message>
    <message>
        <source>The proof&apos;s JWS is not a detached JWS.</source>
        <translation>El JWS de la prueba no es un JWS separado (detached).</translation>
    </message>
    <message>
        <source>The proof&apos;s JWS header must be EdDSA with an unencoded payload.</source>
        <translation>La cabecera del JWS de la prueba debe ser EdDSA con el contenido sin codificar.</translation>
    </message>
    <message>
        <source>%1 is not a DID that can be resolved offline.</source>
        <translation>%1 no es un DID que se pueda resolver sin conexión.</translation>
    </message>
    <message>
        <source>No resolver knows the key %1.</source>
        <translation>Ningún sistema de resolución conoce la clave %1.</translation>
    </message>
    <message>
        <source>The earlier proof %1 that this proof builds on is missing.</source>
        <translation>Falta la prueba anterior %1 en la que se basa esta prueba.</translation>
    </message>
    <message>
        <source>New proofs can only use eddsa-rdfc-2022 or eddsa-jcs-2022.</source>
        <translation>Las pruebas nuevas solo pueden usar eddsa-rdfc-2022 o eddsa-jcs-2022.</translation>
    </message>
    <message>
        <source>A proof needs a signing key.</source>
        <translation>Una prueba necesita una clave de firma.</translation>
    </message>
    <message>
        <source>The signer did not return an Ed25519 signature.</source>
        <translation>El firmante no devolvió una firma Ed25519.</translation>
    </message>
    <message>
        <source>The proof uses the cryptosuite &quot;%1&quot;, which this wallet cannot check.</source>
        <translation>La prueba usa el conjunto criptográfico (cryptosuite) &quot;%1&quot;, que esta billetera no puede comprobar.</translation>
    </message>
    <message>
        <source>The proof has no type.</source>
        <translation>La prueba no tiene tipo.</translation>
    </message>
    <message>
        <source>The proof type &quot;%1&quot; is not one this wallet can check.</source>
        <translation>El tipo de prueba &quot;%1&quot; no es uno que esta billetera pueda comprobar.</translation>
    </message>
    <message>
        <source>There is no credential %1 in this wallet.</source>
        <translation>No hay ninguna credencial %1 en esta billetera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, a DID or a web address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico, un DID ni una dirección web.</translation>
    </message>
    <message>
        <source>Add one key set or DID document at a time.</source>
        <translation>Añada un conjunto de claves o un documento DID cada vez.</translation>
    </message>
    <message>
        <source>The key that came inside the credential includes its private part, so it is refused: anyone who has the credential could sign with it.</source>
        <translation>La clave que venía dentro de la credencial incluye su parte privada, así que se rechaza: cualquiera que tenga la credencial podría firmar con ella.</translation>
    </message>
    <message>
        <source>Not checked: the key that came with the credential cannot be used.</source>
        <translation>No comprobado: no se puede usar la clave que venía con la credencial.</translation>
    </message>
    <message>
        <source>The key came inside the credential itself, so it shows the credential was not changed, but not who issued it. Add the issuer&apos;s key as trusted to check the issuer.</source>
        <translation>La clave venía dentro de la propia credencial, así que muestra que la credencial no se modificó, pero no quién la emitió. Añada la clave del emisor como de confianza para comprobar el emisor.</translation>
    </message>
    <message>
        <source>The credential does not carry the key %1.</source>
        <translation>La credencial no lleva la clave %1.</translation>
    </message>
    <message>
        <source>Signature valid: made with a key that came inside the credential</source>
        <translation>Firma válida: hecha con una clave que venía dentro de la credencial</translation>
    </message>
    <message>
        <source>The key that came with the credential cannot be used.</source>
        <translation>No se puede usar la clave que venía con la credencial.</translation>
    </message>
</context>
</TS>
