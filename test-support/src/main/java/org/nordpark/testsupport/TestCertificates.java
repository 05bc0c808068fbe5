package org.nordpark.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority and a server certificate for 127.0.0.1 and
 * localhost, written as PEM files, for TLS tests.
 *
 * @param caCertificate the CA certificate (PEM) clients trust
 * @param serverCertificate the server certificate (PEM)
 * @param serverKey the server's private key (PEM)
 * @param ca the CA certificate
 */
public record TestCertificates(Path caCertificate, Path serverCertificate, Path serverKey, X509Certificate ca) {

	/** Generates a CA and a server certificate into the directory. */
	public static TestCertificates create(Path directory) {
		try {
			Files.createDirectories(directory);
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair caKeys = generator.generateKeyPair();
			X500Name caName = new X500Name("CN=Nordpark Test CA");
			X509v3CertificateBuilder caBuilder = builder(caName, caName, caKeys);
			caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
			caBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
			X509Certificate ca = sign(caBuilder, caKeys);

			KeyPair serverKeys = generator.generateKeyPair();
			X509v3CertificateBuilder serverBuilder = builder(caName, new X500Name("CN=localhost"), serverKeys);
			serverBuilder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
							new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
			X509Certificate server = sign(serverBuilder, caKeys);

			Path caFile = writePem(directory.resolve("ca.crt"), ca);
			Path serverFile = writePem(directory.resolve("server.crt"), server);
			Path keyFile = writePem(directory.resolve("server.key"), serverKeys.getPrivate());
			return new TestCertificates(caFile, serverFile, keyFile, ca);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write test certificates", ex);
		}
		catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException ex) {
			throw new IllegalStateException("cannot generate test certificates", ex);
		}
	}

	/** A socket factory that trusts only this CA, for MQTT clients. */
	public SSLSocketFactory trustingSocketFactory() {
		try {
			KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
			trustStore.load(null, null);
			trustStore.setCertificateEntry("nordpark-test-ca", this.ca);
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trustStore);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), new SecureRandom());
			return context.getSocketFactory();
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("cannot build a trust store for the test CA", ex);
		}
	}

	private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
		Instant now = Instant.now();
		return new JcaX509v3CertificateBuilder(issuer,
				BigInteger.valueOf(new SecureRandom().nextLong() & Long.MAX_VALUE),
				Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30, ChronoUnit.DAYS)), subject,
				keys.getPublic());
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
			throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
		ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate());
		return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
	}

	private static Path writePem(Path file, Object object) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(writer)) {
			pem.writeObject(object);
		}
		return file;
	}

}
