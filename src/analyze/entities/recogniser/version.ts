/** Version of the recogniser's features and training; a model file records the one it was trained with. */
export const MODEL_VERSION = 'recogniser-7';
