package org.nordpark.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code back from the SVG the api draws: rasterises the path's runs (several
 * pixels per module) and lets ZXing's reader decode the picture, as a phone camera would.
 * (A copy of the api tests' reader, for the demo test in this module.)
 */
final class QrSvg {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

	private static final int SCALE = 4;

	private QrSvg() {
	}

	static String decode(String svg) {
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new AssertionError("no viewBox in " + svg);
		}
		int size = Integer.parseInt(box.group(1));
		int pixels = size * SCALE;
		int[] argb = new int[pixels * pixels];
		java.util.Arrays.fill(argb, 0xFFFFFFFF);
		Matcher run = RUN.matcher(svg);
		while (run.find()) {
			int x0 = Integer.parseInt(run.group(1));
			int y = Integer.parseInt(run.group(2));
			int width = Integer.parseInt(run.group(3));
			for (int x = x0; x < x0 + width; x++) {
				for (int dy = 0; dy < SCALE; dy++) {
					for (int dx = 0; dx < SCALE; dx++) {
						argb[(y * SCALE + dy) * pixels + x * SCALE + dx] = 0xFF000000;
					}
				}
			}
		}
		try {
			BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, argb)));
			return new QRCodeReader().decode(bitmap).getText();
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("the SVG is not a readable QR code: " + ex, ex);
		}
	}

}
